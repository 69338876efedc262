package org.bridgeway.dayservices;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.careteam.RecordAccessGrant;
import org.bridgeway.dayservices.internal.DayServiceStore;
import org.springframework.stereotype.Component;

/**
 * Lets the workers of a day service open the records of the people registered with it: a practitioner or service
 * manager employed by the organisation that runs the service (the service's team, as for taking its registers)
 * may open the record of a person whose registration with the service covers today, even when not on the person's
 * care team, so that drop-in workers can see what the person attends and take their registers. The right starts
 * on the registration's first day and ends with it; a worker of another organisation's service gains nothing.
 * The care team's record access policy asks this grant (see {@link RecordAccessGrant} for why it is asked, not
 * read).
 */
@Component
class RegistrationGrantsAccess implements RecordAccessGrant {

  private final DayServiceStore store;

  RegistrationGrantsAccess(DayServiceStore store) {
    this.store = store;
  }

  @Override
  public boolean grants(CurrentUser user, UUID staffId, UUID personId, LocalDate today) {
    return store.registeredWithStaffOrganisation(user.alliance(), staffId, personId, today);
  }
}
