package org.bridgeway.people;

import java.util.UUID;
import org.bridgeway.access.CurrentUser;

/**
 * Whether a user may open a person's full record. {@link People} asks before every read and change; the
 * answer comes from the module that knows the relationships between workers and people (the care team), so
 * that this module needs to know nothing of them.
 */
public interface RecordAccess {

  /** True when the user may open the record of a person of their own alliance. */
  boolean mayOpen(CurrentUser user, UUID personId);
}
