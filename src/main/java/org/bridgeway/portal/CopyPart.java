package org.bridgeway.portal;

import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * A file another module adds to a person's copy of their record ({@link RecordCopy}): a table of what that
 * module holds about the person signed in. The copy has been asked for and audited before any part is
 * written; a part reads through its own module's service, as the person, so the usual checks apply.
 */
public interface CopyPart {

  /** The file's name in the zip, for example {@code activities.csv}. */
  String fileName();

  /** What the file holds, in plain words to the person ("The groups and drop-ins you go to."). */
  String about();

  /** The table: its header row first, then one row per thing held about the person. */
  List<List<? extends @Nullable Object>> rows(CurrentUser me);
}
