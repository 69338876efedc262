package org.bridgeway.shared;

import java.util.Collection;
import java.util.UUID;

/**
 * A list of ids as one SQL parameter: {@code x = any(cast(:ids as uuid[]))} with {@link #uuids(Collection)} as
 * the value. A list expanded to {@code in (:ids)} sends one parameter per id, and PostgreSQL takes at most 65,535
 * in a statement, so a list of the people on a large alliance's caseload would fail that way; as one array it
 * has no such limit and the statement is prepared once whatever its length.
 */
public final class SqlLists {

  private SqlLists() {}

  /** The ids as a PostgreSQL array literal, such as {@code {1b4e...,9c2f...}}; {@code {}} for none. */
  public static String uuids(Collection<UUID> ids) {
    StringBuilder text = new StringBuilder(2 + ids.size() * 37).append('{');
    for (UUID id : ids) {
      if (text.length() > 1) {
        text.append(',');
      }
      text.append(id);
    }
    return text.append('}').toString();
  }
}
