package org.bridgeway.governance;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.CopyPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The forum meetings the person came to, in their copy of their record, read as them. */
@Component
class ForumCopy implements CopyPart {

  private final Forum forum;

  ForumCopy(Forum forum) {
    this.forum = forum;
  }

  @Override
  public String fileName() {
    return "forum.csv";
  }

  @Override
  public String about() {
    return "The meetings of the service-user forum you came to, where staff linked them to your record.";
  }

  @Override
  public List<List<? extends @Nullable Object>> rows(CurrentUser me) {
    List<List<? extends @Nullable Object>> rows = new ArrayList<>();
    rows.add(List.of("Date", "Where", "Chair"));
    for (Meeting m : forum.mine(me)) {
      rows.add(List.of(m.heldOn(), m.place(), m.chair()));
    }
    return rows;
  }
}
