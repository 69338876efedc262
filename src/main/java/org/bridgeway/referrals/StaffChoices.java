package org.bridgeway.referrals;

import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Component;

/** The alliance's staff as the panel chooses from them: key workers, care team members, people present. */
@Component
public class StaffChoices {

  private static final int MOST = 500;

  private final Staff staff;

  StaffChoices(Staff staff) {
    this.staff = staff;
  }

  /** The staff to choose from, by family name; the first {@value #MOST} of a larger alliance. */
  public List<StaffMember> all(UUID alliance) {
    return staff.page(alliance, 0, MOST).items();
  }

  /** The staff member, or a refusal naming the field when there is none such in the alliance. */
  StaffMember require(UUID alliance, UUID id, String field) {
    try {
      return staff.get(alliance, id);
    } catch (RecordNotFound e) {
      throw new Refused(field, "Choose a member of staff from the list");
    }
  }
}
