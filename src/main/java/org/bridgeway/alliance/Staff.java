package org.bridgeway.alliance;

import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.internal.StaffStore;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff of each alliance's partners, with their roles and contracted hours. */
@Service
public class Staff {

  private final StaffStore store;
  private final AuditTrail audit;
  private final Organisations organisations;
  private final Teams teams;

  Staff(StaffStore store, AuditTrail audit, Organisations organisations, Teams teams) {
    this.store = store;
    this.audit = audit;
    this.organisations = organisations;
    this.teams = teams;
  }

  public Paged<StaffMember> page(UUID allianceId, int page, int size) {
    return store.page(allianceId, Math.max(0, page), Math.max(1, Math.min(size, 500)));
  }

  public StaffMember get(UUID allianceId, UUID id) {
    return store.find(allianceId, id).orElseThrow(() -> new RecordNotFound("Staff member"));
  }

  @Transactional
  public UUID add(CurrentUser user, StaffDetails details) {
    StaffDetails checked = check(user, details);
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, checked);
    audit.record(user, user.alliance(), AuditAction.CREATE, "Staff", id, null, checked.fullName());
    return id;
  }

  @Transactional
  public void change(CurrentUser user, UUID id, StaffDetails details, int version) {
    get(user.alliance(), id);
    StaffDetails checked = check(user, details);
    if (!store.update(user.alliance(), id, checked, version)) {
      throw new EditConflict("staff member");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Staff", id, null, checked.fullName());
  }

  private StaffDetails check(CurrentUser user, StaffDetails details) {
    Checks.valid(details.problems());
    if (!organisations.exists(user.alliance(), details.organisationId())) {
      throw new Refused("organisationId", "Select an organisation from the list");
    }
    if (details.teamId() != null && teams.all(user.alliance()).stream().noneMatch(t -> t.id().equals(details.teamId()))) {
      throw new Refused("teamId", "Select a team from the list");
    }
    return details.normalised();
  }
}
