package org.bridgeway.pathway;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.pathway.internal.MoveStore;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans to move a person from one setting to another: planned with a target date, readiness and who decides;
 * "getting to know you" visits with the receiving service recorded before the move; the handover of the
 * person's plan and strengths; then completed on the day of the move, or cancelled with a reason. A person has
 * one open plan at a time. No referral is needed: a step up and a later step down each happen on a plan alone.
 *
 * <p>Completing a plan, in one transaction, ends the stay it is from on the move date (stepped up, admitted to
 * hospital, or moved on, to the receiving service) and records the new stay from that date through {@link
 * Stays}, so the overlap and capacity rules apply: if the new stay is refused nothing changes. A move into
 * hospital from the person's home leaves that stay open. Every read and change is audited against the person.
 */
@Service
public class Moves {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final MoveStore store;
  private final Stays stays;
  private final People people;
  private final Services services;
  private final Ladders ladders;
  private final AuditTrail audit;
  private final Clock clock;

  Moves(MoveStore store, Stays stays, People people, Services services, Ladders ladders, AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.stays = stays;
    this.people = people;
    this.services = services;
    this.ladders = ladders;
    this.audit = audit;
    this.clock = clock;
  }

  /** The person's move plans, newest first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<MovePlan> ofPerson(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "MovePlan", null, personId, "Move plans");
    return store.ofPerson(user.alliance(), personId, ladders.of(user.alliance()));
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public MovePlan get(CurrentUser user, UUID personId, UUID planId) {
    people.requireAccess(user, personId);
    MovePlan plan = plan(user, personId, planId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "MovePlan", planId, personId, null);
    return plan;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID plan(CurrentUser user, UUID personId, NewMovePlan plan) {
    people.requireAccess(user, personId);
    if (!plan.problems(today()).isEmpty()) {
      throw new InvalidInput(plan.problems(today()));
    }
    ServiceRecord to = receiving(user, plan.toServiceId());
    Stay from = plan.fromStayId() == null ? null : from(user, personId, plan.fromStayId());
    if (from != null && from.serviceId().equals(to.id())) {
      throw new Refused("toServiceId", "They are in " + to.name() + " already: choose the service they move to");
    }
    store.lock(user.alliance(), personId);
    store.openPlan(user.alliance(), personId).ifPresent(open -> {
      MovePlan first = plan(user, personId, open);
      throw new OpenPlanExists(open, "They already have an open move plan, to " + first.toServiceName()
          + ". Change or cancel that plan before planning another.");
    });
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, personId, plan, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "MovePlan", id, personId, "Move from "
        + (from == null ? "outside the pathway" : from.serviceName()) + " to " + to.name() + " planned; "
        + plan.readiness().label().toLowerCase() + "; decided by " + plan.decider());
    return id;
  }

  /** Saves the changes to an open plan; refused as a conflict if someone changed it since the version read. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void change(CurrentUser user, UUID personId, UUID planId, int version, MoveChanges changes) {
    people.requireAccess(user, personId);
    MovePlan plan = current(user, personId, planId, version);
    if (!changes.problems(today()).isEmpty()) {
      throw new InvalidInput(changes.problems(today()));
    }
    if (!store.change(user.alliance(), planId, version, changes)) {
      throw new EditConflict("move plan");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "MovePlan", planId, personId, "Move to "
        + plan.toServiceName() + ": " + changes.readiness().label().toLowerCase()
        + (changes.readyDay() == null ? "" : " since " + changes.readyDay().format(DAY))
        + (changes.shared() ? "; plan and strengths shared on " + changes.handoverOn().format(DAY) : ""));
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID addVisit(CurrentUser user, UUID personId, UUID planId, NewMoveVisit visit) {
    people.requireAccess(user, personId);
    MovePlan plan = plan(user, personId, planId);
    if (!visit.problems().isEmpty()) {
      throw new InvalidInput(visit.problems());
    }
    if (!plan.open()) {
      throw new Refused("visitDate", "Visits are recorded while the move is planned; this plan is "
          + plan.status().label().toLowerCase());
    }
    UUID id = UUID.randomUUID();
    store.addVisit(user.alliance(), id, planId, visit, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "MoveVisit", id, personId, visit.kind().label()
        + " with " + plan.toServiceName() + " on " + visit.visitDate().format(DAY));
    return id;
  }

  /** Voids a visit recorded in error; it stays on record with who voided it, when and why. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void voidVisit(CurrentUser user, UUID personId, UUID planId, UUID visitId, @Nullable String reason) {
    people.requireAccess(user, personId);
    MovePlan plan = plan(user, personId, planId);
    MoveVisit visit = plan.visits().stream().filter(v -> v.id().equals(visitId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Visit"));
    String why = required(reason, "reason", "Enter why the visit is being voided");
    if (visit.voided() || !store.voidVisit(user.alliance(), planId, visitId, why, user.username())) {
      throw new Refused("reason", "This visit was voided already");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "MoveVisit", visitId, personId, visit.kind().label()
        + " on " + visit.visitDate().format(DAY) + " voided: " + why);
  }

  /**
   * The move happened on the day given: ends the stay it is from (unless the person keeps it while in hospital)
   * and records the new stay from that day, all or nothing. A full receiving service needs an override reason.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID complete(CurrentUser user, UUID personId, UUID planId, int version, @Nullable LocalDate moveDate,
      @Nullable String capacityOverrideReason) {
    people.requireAccess(user, personId);
    MovePlan plan = current(user, personId, planId, version);
    if (moveDate == null) {
      throw new InvalidInput(List.of(new FieldProblem("moveDate", "Enter the date of the move, like 10 5 2026")));
    }
    if (moveDate.isAfter(today())) {
      throw new InvalidInput(List.of(new FieldProblem("moveDate",
          "The move date must be today or in the past: complete the plan once they have moved")));
    }
    endFromStay(user, personId, plan, moveDate);
    UUID newStay = newStay(user, personId, plan, moveDate, capacityOverrideReason);
    if (!store.complete(user.alliance(), planId, version, moveDate, newStay)) {
      throw new EditConflict("move plan");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "MovePlan", planId, personId, plan.direction().label()
        + ": moved from " + plan.fromText() + " to " + plan.toServiceName() + " on " + moveDate.format(DAY));
    return newStay;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public void cancel(CurrentUser user, UUID personId, UUID planId, int version, @Nullable String reason) {
    people.requireAccess(user, personId);
    MovePlan plan = current(user, personId, planId, version);
    String why = required(reason, "reason", "Enter why the move is cancelled");
    if (!store.cancel(user.alliance(), planId, version, why)) {
      throw new EditConflict("move plan");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "MovePlan", planId, personId, "Move to "
        + plan.toServiceName() + " cancelled: " + why);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private void endFromStay(CurrentUser user, UUID personId, MovePlan plan, LocalDate moveDate) {
    if (plan.fromStayId() == null) {
      return;
    }
    Stay from = stays.get(user, personId, plan.fromStayId());
    if (!from.open() || !plan.direction().endsStayIn(from.serviceKind())) {
      return;
    }
    if (moveDate.isBefore(from.startDate())) {
      throw new InvalidInput(List.of(new FieldProblem("moveDate", "The move cannot be before the stay in "
          + from.serviceName() + " started, on " + from.startDate().format(DAY))));
    }
    stays.end(user, personId, from.id(), from.version(),
        new EndOfStay(moveDate, plan.direction().endReason(), plan.toServiceName()));
  }

  private UUID newStay(CurrentUser user, UUID personId, MovePlan plan, LocalDate moveDate,
      @Nullable String overrideReason) {
    try {
      return stays.record(user, personId, new NewStay(plan.toServiceId(), moveDate, null, overrideReason));
    } catch (Refused e) {
      throw e.field().equals("startDate") ? new Refused("moveDate", e.getMessage()) : e;
    }
  }

  /** The plan, open and at the version the caller read; a stale version is a conflict. */
  private MovePlan current(CurrentUser user, UUID personId, UUID planId, int version) {
    MovePlan plan = plan(user, personId, planId);
    if (plan.version() != version) {
      throw new EditConflict("move plan");
    }
    if (!plan.open()) {
      throw new Refused("status", "This move plan is " + plan.status().label().toLowerCase() + " and cannot change");
    }
    return plan;
  }

  private MovePlan plan(CurrentUser user, UUID personId, UUID planId) {
    return store.find(user.alliance(), personId, planId, ladders.of(user.alliance()))
        .orElseThrow(() -> new RecordNotFound("Move plan"));
  }

  private ServiceRecord receiving(CurrentUser user, UUID serviceId) {
    ServiceRecord service;
    try {
      service = services.get(user.alliance(), serviceId);
    } catch (RecordNotFound e) {
      throw new Refused("toServiceId", "Select a service from the list");
    }
    if (!movesInto(service.kind())) {
      throw new Refused("toServiceId", service.name() + " is a " + service.kind().label().toLowerCase()
          + ": choose a setting where they will live, or a hospital or crisis service");
    }
    return service;
  }

  private Stay from(CurrentUser user, UUID personId, UUID stayId) {
    Stay stay;
    try {
      stay = stays.get(user, personId, stayId);
    } catch (RecordNotFound e) {
      throw new Refused("fromStayId", "Select one of their open stays, or none if they are not on the pathway yet");
    }
    if (!stay.open() || !movesInto(stay.serviceKind())) {
      throw new Refused("fromStayId", "Select one of their open stays in a setting where they live, or none");
    }
    return stay;
  }

  /** Settings a person lives in or is admitted to; teams and day services are alongside, never moved into. */
  private static boolean movesInto(ServiceKind kind) {
    return kind.onLadder() || kind.hospital();
  }

  private static String required(@Nullable String text, String field, String message) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput(List.of(new FieldProblem(field, message)));
    }
    if (text.trim().length() > NewStay.LONG_TEXT) {
      throw new InvalidInput(List.of(new FieldProblem(field, "Enter a reason of 1000 characters or fewer")));
    }
    return text.trim();
  }
}
