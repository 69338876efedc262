package org.bridgeway.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.outcomes.internal.OutcomeStore;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Component;

/**
 * The work shared by {@link Outcomes} (workers) and {@link MyOutcomes} (the person): reading the library, saving,
 * reading and voiding responses. Callers check who may do it first.
 */
@Component
class OutcomeWork {

  private final OutcomeStore store;
  private final AuditTrail audit;
  private final Clock clock;

  OutcomeWork(OutcomeStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The alliance's library, DIALOG added first if it is not there yet. */
  List<Instrument> library(UUID alliance) {
    store.ensure(alliance, Dialog.INSTRUMENT, "bridgeway");
    return store.instruments(alliance);
  }

  Instrument instrument(UUID alliance, String code) {
    return library(alliance).stream().filter(i -> i.code().equals(code)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Instrument"));
  }

  UUID record(CurrentUser user, UUID person, String code, NewResponse sent, boolean byPerson, String name) {
    Instrument instrument = instrument(user.alliance(), code);
    if (!instrument.active()) {
      throw new Refused("instrument", instrument.name() + " is no longer in use, so no new answers can be saved");
    }
    LocalDate on = sent.answeredOn() == null ? today() : sent.answeredOn();
    if (on.isAfter(today())) {
      throw new InvalidInput(List.of(new FieldProblem("answeredOn", "The date answered cannot be in the future")));
    }
    List<Answer> answers = Scoring.check(instrument, sent);
    List<Score> scores = Scoring.score(instrument, answers);
    UUID id = UUID.randomUUID();
    store.saveResponse(user.alliance(), id, person, code, on, byPerson, user.username(), name, answers, scores);
    audit.record(user, user.alliance(), AuditAction.CREATE, "OutcomeResponse", id, person,
        instrument.name() + " answered on " + on + ": " + scores.get(0).name() + " " + scores.get(0).value());
    return id;
  }

  List<OutcomeResponse> responses(CurrentUser user, UUID person) {
    List<OutcomeResponse> responses = store.responses(user.alliance(), person);
    audit.record(user, user.alliance(), AuditAction.VIEW, "OutcomeResponses", null, person,
        responses.size() + " outcome responses");
    return responses;
  }

  OutcomeResponse response(CurrentUser user, UUID person, UUID id) {
    OutcomeResponse response = store.responses(user.alliance(), person).stream().filter(r -> r.id().equals(id))
        .findFirst().orElseThrow(() -> new RecordNotFound("OutcomeResponse"));
    audit.record(user, user.alliance(), AuditAction.VIEW, "OutcomeResponse", id, person,
        response.instrumentCode() + " answered on " + response.answeredOn());
    return response;
  }

  void voidResponse(CurrentUser user, UUID person, UUID id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new Refused("reason", "Say why these answers are being voided");
    }
    store.responses(user.alliance(), person).stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new RecordNotFound("OutcomeResponse"));
    if (!store.voidResponse(user.alliance(), person, id, user.username(), reason.strip())) {
      throw new Refused("reason", "These answers have already been voided");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "OutcomeResponse", id, person, reason.strip());
  }
}
