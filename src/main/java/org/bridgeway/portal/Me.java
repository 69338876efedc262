package org.bridgeway.portal;

import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.shared.RecordNotFound;

/**
 * The person signed in. Someone who is not a person who uses services, or whose account names no one, has no
 * record here.
 */
final class Me {

  private Me() {}

  static UUID of(CurrentUser user) {
    if (user.role() != Role.PERSON || user.personId() == null) {
      throw new RecordNotFound("Person");
    }
    return user.personId();
  }
}
