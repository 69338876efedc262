package org.bridgeway.alliance;

import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.internal.ServiceStore;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services of each alliance: settings on the pathway ladder, teams and day services, with their capacity,
 * weekly cost, intended length of stay and, for drop-ins and day services, their opening times.
 */
@Service
public class Services {

  private static final String DUPLICATE = "There is already a service with that name";

  private final ServiceStore store;
  private final AuditTrail audit;
  private final Organisations organisations;
  private final Localities localities;

  Services(ServiceStore store, AuditTrail audit, Organisations organisations, Localities localities) {
    this.store = store;
    this.audit = audit;
    this.organisations = organisations;
    this.localities = localities;
  }

  public List<ServiceRecord> all(UUID allianceId) {
    return store.all(allianceId);
  }

  public ServiceRecord get(UUID allianceId, UUID id) {
    return store.find(allianceId, id).orElseThrow(() -> new RecordNotFound("Service"));
  }

  @Transactional
  public UUID add(CurrentUser user, ServiceDetails details) {
    ServiceDetails checked = check(user, details);
    UUID id = UUID.randomUUID();
    try {
      store.insert(user.alliance(), id, checked);
    } catch (DuplicateKeyException e) {
      throw new Refused("name", DUPLICATE);
    }
    audit.record(user, user.alliance(), AuditAction.CREATE, "Service", id, null, checked.name());
    return id;
  }

  @Transactional
  public void change(CurrentUser user, UUID id, ServiceDetails details, int version) {
    get(user.alliance(), id);
    ServiceDetails checked = check(user, details);
    boolean saved;
    try {
      saved = store.update(user.alliance(), id, checked, version);
    } catch (DuplicateKeyException e) {
      throw new Refused("name", DUPLICATE);
    }
    if (!saved) {
      throw new EditConflict("service");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Service", id, null, checked.name());
  }

  /** Adds a time a drop-in or day service is open; other kinds of service have no opening times. */
  @Transactional
  public UUID addOpeningTime(CurrentUser user, UUID serviceId, NewOpeningTime time) {
    ServiceRecord service = get(user.alliance(), serviceId);
    if (!service.kind().dayService()) {
      throw new Refused("day", "Only drop-ins and day services have opening times");
    }
    Checks.valid(time.problems());
    UUID id = UUID.randomUUID();
    store.insertOpeningTime(user.alliance(), serviceId, id, time);
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Service", serviceId, null,
        "Opening time added: " + time.day() + " " + time.opens() + " to " + time.closes());
    return id;
  }

  @Transactional
  public void removeOpeningTime(CurrentUser user, UUID serviceId, UUID openingTimeId) {
    get(user.alliance(), serviceId);
    if (!store.deleteOpeningTime(user.alliance(), serviceId, openingTimeId)) {
      throw new RecordNotFound("Opening time");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Service", serviceId, null,
        "Opening time removed");
  }

  private ServiceDetails check(CurrentUser user, ServiceDetails details) {
    Checks.valid(details.problems());
    if (!organisations.exists(user.alliance(), details.organisationId())) {
      throw new Refused("organisationId", "Select an organisation from the list");
    }
    if (details.localityId() != null && !localities.exists(user.alliance(), details.localityId())) {
      throw new Refused("localityId", "Select a locality from the list");
    }
    return details.normalised();
  }
}
