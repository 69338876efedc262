package org.bridgeway.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Staff;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.outcomes.internal.OutcomeStore;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome questionnaires as workers use them: the library (read by everyone who works with records, changed only by
 * an administrator), responses recorded with a person whose record the worker may open, and the paired-scores
 * figure. Every read and change is audited.
 */
@Service
public class Outcomes {

  private final OutcomeWork work;
  private final OutcomeStore store;
  private final People people;
  private final Staff staff;
  private final AuditTrail audit;

  Outcomes(OutcomeWork work, OutcomeStore store, People people, Staff staff, AuditTrail audit) {
    this.work = work;
    this.store = store;
    this.people = people;
    this.staff = staff;
    this.audit = audit;
  }

  @Transactional
  public List<Instrument> instruments(CurrentUser user) {
    worker(user);
    return work.library(user.alliance());
  }

  @Transactional
  public Instrument instrument(CurrentUser user, String code) {
    worker(user);
    return work.instrument(user.alliance(), code);
  }

  /** Adds an instrument the alliance holds a licence for; only an administrator may. */
  @Transactional
  public void addInstrument(CurrentUser user, Instrument instrument) {
    admin(user);
    work.library(user.alliance());
    check(instrument);
    if (store.instruments(user.alliance()).stream().anyMatch(i -> i.code().equals(instrument.code()))) {
      throw new Refused("code", "The library already has an instrument with the code " + instrument.code());
    }
    Instrument added = new Instrument(instrument.code(), instrument.name(), instrument.version(),
        instrument.licenceNote(), false, true, instrument.scaleMin(), instrument.scaleMax(), instrument.minLabel(),
        instrument.maxLabel(), instrument.midLabel(), instrument.asksForHelp(), instrument.items(), instrument.rules());
    store.insert(user.alliance(), added, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "OutcomeInstrument", null, null,
        "Added " + instrument.name() + " (" + instrument.code() + ") to the outcomes library");
  }

  /**
   * Changes an instrument the alliance added. Once answers have been saved with it, its items, scale and scores
   * stay as they are (a changed instrument is added again under a new code); its name, version and licence note
   * may still change.
   */
  @Transactional
  public void changeInstrument(CurrentUser user, Instrument changed) {
    admin(user);
    Instrument now = work.instrument(user.alliance(), changed.code());
    if (now.shipped()) {
      throw new Refused("code", now.name() + " is shipped with Bridgeway and cannot be changed");
    }
    check(changed);
    boolean used = store.responseCount(user.alliance(), now.code()) > 0;
    boolean sameQuestions = now.items().equals(changed.items()) && now.rules().equals(changed.rules())
        && now.scaleMin() == changed.scaleMin() && now.scaleMax() == changed.scaleMax();
    if (used && !sameQuestions) {
      throw new Refused("items", "Answers have been saved with " + now.name() + ", so its questions, scale and "
          + "scores cannot change; add the new version as a new instrument with its own code");
    }
    store.replace(user.alliance(), new Instrument(now.code(), changed.name(), changed.version(),
        changed.licenceNote(), false, now.active(), changed.scaleMin(), changed.scaleMax(), changed.minLabel(),
        changed.maxLabel(), changed.midLabel(), changed.asksForHelp(), changed.items(), changed.rules()),
        user.username());
    audit.record(user, user.alliance(), AuditAction.UPDATE, "OutcomeInstrument", null, null,
        "Changed " + changed.name() + " (" + changed.code() + ") in the outcomes library");
  }

  /** Takes an instrument out of use (no new answers) or back into use; its answers stay. */
  @Transactional
  public void setActive(CurrentUser user, String code, boolean active) {
    admin(user);
    Instrument now = work.instrument(user.alliance(), code);
    if (now.shipped() && !active) {
      throw new Refused("code", now.name() + " is shipped with Bridgeway and stays in use");
    }
    store.setActive(user.alliance(), code, active, user.username());
    audit.record(user, user.alliance(), AuditAction.UPDATE, "OutcomeInstrument", null, null,
        (active ? "Brought back into use " : "Took out of use ") + now.name() + " (" + code + ")");
  }

  /** Records a response with the person; every item must be answered on the scale, or nothing is saved. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID record(CurrentUser user, UUID personId, String code, NewResponse response) {
    open(user, personId);
    String name = user.staffId() == null ? user.displayName()
        : staff.get(user.alliance(), user.staffId()).fullName();
    return work.record(user, personId, code, response, false, name);
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public List<OutcomeResponse> responses(CurrentUser user, UUID personId) {
    open(user, personId);
    return work.responses(user, personId);
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public OutcomeResponse response(CurrentUser user, UUID personId, UUID id) {
    open(user, personId);
    return work.response(user, personId, id);
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public void voidResponse(CurrentUser user, UUID personId, UUID id, String reason) {
    open(user, personId);
    work.voidResponse(user, personId, id, reason);
  }

  /**
   * The paired-scores figure of one instrument over the alliance, for those who see the alliance's figures
   * (administrators, managers and commissioners); names are never part of it.
   */
  @Transactional
  public PairedScores paired(CurrentUser user, String code, LocalDate from, LocalDate to) {
    if (user.role() != Role.ADMIN && user.role() != Role.MANAGER && user.role() != Role.COMMISSIONER) {
      throw new AccessDenied("outcome figures");
    }
    PairedScores figure = PairedScores.of(code, from, to, store.totals(user.alliance(), code, from, to));
    audit.record(user, user.alliance(), AuditAction.VIEW, "PairedOutcomeScores", null, null,
        code + " paired scores " + from + " to " + to + ": " + figure.pairs().size() + " people");
    return figure;
  }

  public LocalDate today() {
    return work.today();
  }

  /** An instrument's definition must make sense before it is saved. */
  static void check(Instrument i) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!i.code().matches("[A-Z0-9][A-Z0-9-]{0,19}")) {
      problems.add(new FieldProblem("code", "Enter a short code of capital letters, digits and hyphens, such as "
          + "SWEMWBS"));
    }
    if (i.name().isBlank()) {
      problems.add(new FieldProblem("name", "Enter the instrument's name"));
    }
    if (i.version().isBlank()) {
      problems.add(new FieldProblem("version", "Enter the version the alliance is licensed to use"));
    }
    if (i.licenceNote().isBlank()) {
      problems.add(new FieldProblem("licenceNote", "Say under what licence the alliance uses it"));
    }
    if (i.scaleMin() < 0 || i.scaleMax() <= i.scaleMin() || i.scaleMax() > 100) {
      problems.add(new FieldProblem("scaleMin", "The scale runs from a lowest answer of 0 or more to a higher "
          + "highest answer, at most 100"));
    }
    if (i.minLabel().isBlank() || i.maxLabel().isBlank()) {
      problems.add(new FieldProblem("minLabel", "Enter what the lowest and highest answers mean"));
    }
    if (i.items().isEmpty()) {
      problems.add(new FieldProblem("items", "Enter the items, one a line"));
    }
    Set<Integer> numbers = new HashSet<>();
    for (Item item : i.items()) {
      if (!numbers.add(item.number()) || item.text().isBlank() || item.domain().isBlank()) {
        problems.add(new FieldProblem("items", "Item " + item.number() + " needs a text and a domain"));
      }
      if (item.snomedCode() != null && !item.snomedCode().matches("[0-9]{6,18}")) {
        problems.add(new FieldProblem("items", "Item " + item.number() + "'s SNOMED CT code must be 6 to 18 digits"));
      }
    }
    if (i.rules().isEmpty()) {
      problems.add(new FieldProblem("rules", "Enter at least the total score"));
    }
    for (ScoreRule rule : i.rules()) {
      if (rule.name().isBlank() || rule.items().isEmpty() || !numbers.containsAll(rule.items())) {
        problems.add(new FieldProblem("rules", "The score " + (rule.name().isBlank() ? rule.position()
            : "\"" + rule.name() + "\"") + " needs a name and items the instrument has"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static void worker(CurrentUser user) {
    if (!user.role().worksWithRecords()) {
      throw new AccessDenied("outcomes library");
    }
  }

  private static void admin(CurrentUser user) {
    if (user.role() != Role.ADMIN) {
      throw new AccessDenied("outcomes library");
    }
  }

  private void open(CurrentUser user, UUID personId) {
    if (!user.role().worksWithRecords()) {
      throw new AccessDenied("outcomes");
    }
    people.requireAccess(user, personId);
  }

}
