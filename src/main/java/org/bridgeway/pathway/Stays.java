package org.bridgeway.pathway;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.pathway.internal.StayStore;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's stays in the alliance's services. Only someone who may open the person's record may see or
 * change their stays. A stay is refused, and nothing saved, when it would put the person in two exclusive
 * settings at once ({@link OverlapPolicy}) or fill its service past capacity on any day it covers without a
 * recorded reason. Stays are ended, never deleted; every read and change is audited against the person.
 */
@Service
public class Stays {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final StayStore store;
  private final People people;
  private final Services services;
  private final AuditTrail audit;
  private final Clock clock;

  Stays(StayStore store, People people, Services services, AuditTrail audit, Clock clock) {
    this.store = store;
    this.people = people;
    this.services = services;
    this.audit = audit;
    this.clock = clock;
  }

  /** The person's stays, earliest first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Stay> ofPerson(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Pathway", personId, personId, null);
    return store.ofPerson(user.alliance(), personId);
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public Stay get(CurrentUser user, UUID personId, UUID stayId) {
    people.requireAccess(user, personId);
    return stay(user, personId, stayId);
  }

  /**
   * A stay by its id alone, for callers that hold no person id (the FHIR API's EpisodeOfCare): not found
   * outside the user's alliance, refused (and the refusal audited) without access to the person's record; the
   * read is audited against the person.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public Stay byId(CurrentUser user, UUID stayId) {
    Stay stay = store.find(user.alliance(), stayId).orElseThrow(() -> new RecordNotFound("Stay"));
    people.requireAccess(user, stay.personId());
    audit.record(user, user.alliance(), AuditAction.VIEW, "Stay", stayId, stay.personId(), stay.serviceName());
    return stay;
  }

  /**
   * Records a stay, open or (with an end date, reason and destination) already ended; the overlap and capacity
   * rules then cover only the days from its start up to the day before its end.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID record(CurrentUser user, UUID personId, NewStay stay) {
    people.requireAccess(user, personId);
    if (!stay.problems().isEmpty()) {
      throw new InvalidInput(stay.problems());
    }
    if (stay.ended() && stay.endDate().isAfter(today())) {
      throw new Refused("endDate", "The end date is in the future: use a planned end date instead");
    }
    ServiceRecord service = service(user, stay.serviceId());
    store.lock(user.alliance(), personId);
    store.lock(user.alliance(), service.id());
    for (Stay other : store.ofPerson(user.alliance(), personId)) {
      if (other.overlaps(stay.startDate(), stay.endDate())
          && !OverlapPolicy.mayOverlap(service.kind(), other.serviceKind())) {
        throw new Refused("startDate", "They " + (other.open() ? "are" : "were") + " in " + other.serviceName()
            + " (" + other.serviceKind().label() + ") " + period(other) + ". A person cannot be in "
            + service.kind().label().toLowerCase() + " and " + other.serviceKind().label().toLowerCase()
            + " at once: " + (stay.ended() ? "check the dates of both stays." : "end that stay first."));
      }
    }
    Integer capacity = service.capacity();
    if (capacity != null && stay.overrideReason() == null
        && store.mostOccupied(user.alliance(), service.id(), stay.startDate(), stay.endDate()) + 1 > capacity) {
      throw new Refused("capacityOverrideReason", service.name() + " is full (capacity " + service.capacityText().trim()
          + ") on a day this stay covers. Give a reason to fill it past its capacity, or choose another date.");
    }
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, personId, stay, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Stay", id, personId, service.name() + " from "
        + stay.startDate().format(DAY) + (stay.ended() ? ", recorded as ended on " + stay.endDate().format(DAY)
        + ": " + stay.endReason().label() + (stay.destinationText() == null ? "" : ", to " + stay.destinationText())
        : "") + (stay.overrideReason() == null ? "" : ", past capacity because: " + stay.overrideReason()));
    return id;
  }

  /** Ends an open stay on a day, for a reason; refused if someone changed it since the version read. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void end(CurrentUser user, UUID personId, UUID stayId, int version, EndOfStay end) {
    people.requireAccess(user, personId);
    Stay stay = stay(user, personId, stayId);
    if (!end.problems().isEmpty()) {
      throw new InvalidInput(end.problems());
    }
    if (end.endDate().isBefore(stay.startDate())) {
      throw new InvalidInput(List.of(new FieldProblem("endDate", "The stay cannot end before it starts, on "
          + stay.startDate().format(DAY))));
    }
    if (stay.version() != version || !store.end(user.alliance(), stayId, version, end)) {
      throw new EditConflict("stay");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Stay", stayId, personId, stay.serviceName()
        + " ended on " + end.endDate().format(DAY) + ": " + end.reason().label()
        + (end.destinationText() == null ? "" : ", to " + end.destinationText()));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private Stay stay(CurrentUser user, UUID personId, UUID stayId) {
    return store.find(user.alliance(), personId, stayId).orElseThrow(() -> new RecordNotFound("Stay"));
  }

  private ServiceRecord service(CurrentUser user, UUID serviceId) {
    try {
      return services.get(user.alliance(), serviceId);
    } catch (RecordNotFound e) {
      throw new Refused("serviceId", "Select a service from the list");
    }
  }

  private static String period(Stay stay) {
    return "from " + stay.startDate().format(DAY)
        + (stay.endDate() == null ? "" : " to " + stay.endDate().minusDays(1).format(DAY));
  }
}
