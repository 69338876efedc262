package org.bridgeway.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.plans.internal.PlanStore;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * What the worker's and the person's side have in common, once the caller has checked who may do it: reading,
 * saving the draft, agreeing, comparing and recording progress, each audited against the person.
 */
@Component
class PlanWork {

  /** Who acts: their sign-in name, their name, and whether they are the person whose plan it is. */
  record Actor(String by, String name, boolean person) {}

  private final PlanStore store;
  private final AuditTrail audit;
  private final Clock clock;

  PlanWork(PlanStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  SupportPlan plan(CurrentUser user, UUID person) {
    SupportPlan plan = new SupportPlan(person, store.latest(user.alliance(), person).orElse(null),
        store.currentDraft(user.alliance(), person).orElse(null), store.versions(user.alliance(), person),
        store.progress(user.alliance(), person), today());
    audit.record(user, user.alliance(), AuditAction.VIEW, "SupportPlan", person, person,
        "Support plan: " + plan.versions().size() + " agreed versions" + (plan.draft() == null ? "" : ", a draft"));
    return plan;
  }

  AgreedPlan version(CurrentUser user, UUID person, int number) {
    AgreedPlan plan = store.version(user.alliance(), person, number)
        .orElseThrow(() -> new RecordNotFound("Plan version"));
    audit.record(user, user.alliance(), AuditAction.VIEW, "SupportPlan", person, person, "Version " + number);
    return plan;
  }

  PlanDraft draft(CurrentUser user, UUID person) {
    PlanDraft draft = store.currentDraft(user.alliance(), person).orElseThrow(() -> new RecordNotFound("Draft"));
    audit.record(user, user.alliance(), AuditAction.VIEW, "SupportPlan", person, person, "The draft");
    return draft;
  }

  /** Saves the draft's words, or starts a draft when version is 0 and there is none; returns the new version. */
  int saveDraft(CurrentUser user, UUID person, int version, PlanContent content, Actor actor) {
    List<FieldProblem> problems = content.problems(today());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    PlanContent words = content.tidied();
    PlanDraft current = store.currentDraft(user.alliance(), person).orElse(null);
    if (current == null) {
      if (version != 0) {
        throw new EditConflict("plan");
      }
      UUID id = UUID.randomUUID();
      Integer from = store.latest(user.alliance(), person).map(AgreedPlan::number).orElse(null);
      try {
        if (!store.insertDraft(user.alliance(), id, person, words, from, actor.by(), actor.name())) {
          throw new EditConflict("plan");
        }
      } catch (DuplicateKeyException e) {
        throw new EditConflict("plan");
      }
      audit.record(user, user.alliance(), AuditAction.CREATE, "SupportPlan", id, person,
          "Started a draft" + (from == null ? "" : " from version " + from));
      return 1;
    }
    if (current.version() != version
        || !store.updateDraft(user.alliance(), current.id(), version, words, actor.by(), actor.name())) {
      throw new EditConflict("plan");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "SupportPlan", current.id(), person,
        "Changed the draft" + (current.agreedByWorker() || current.agreedByPerson() ? "; agreements cleared" : ""));
    return version + 1;
  }

  /** Agrees the draft at the version read; returns the agreed version's number once both have agreed. */
  @Nullable Integer agree(CurrentUser user, UUID person, int version, Actor actor) {
    PlanDraft current = store.currentDraft(user.alliance(), person)
        .orElseThrow(() -> new Refused("agree", "There is no draft to agree"));
    if (current.version() != version
        || !store.agree(user.alliance(), current.id(), version, actor.person(), actor.by(), actor.name())) {
      throw new EditConflict("plan");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "SupportPlan", current.id(), person,
        (actor.person() ? "The person" : "The worker") + " agreed the draft");
    PlanDraft agreed = store.currentDraft(user.alliance(), person).orElseThrow();
    if (agreed.agreedByWorker() && agreed.agreedByPerson()) {
      int number = store.makeVersion(user.alliance(), agreed);
      audit.record(user, user.alliance(), AuditAction.CREATE, "SupportPlan", current.id(), person,
          "Agreed by both: version " + number);
      return number;
    }
    return null;
  }

  /** Two texts of the plan side by side: "draft" or a version's number for each. */
  PlanComparison compare(CurrentUser user, UUID person, String from, String to) {
    PlanComparison comparison = PlanComparison.between(label(from), text(user, person, from, "from"), label(to),
        text(user, person, to, "to"));
    audit.record(user, user.alliance(), AuditAction.VIEW, "SupportPlan", person, person,
        "Compared " + label(from).toLowerCase() + " with " + label(to).toLowerCase());
    return comparison;
  }

  UUID recordProgress(CurrentUser user, UUID person, UUID goal, NewProgress progress, Actor actor) {
    boolean known = store.latest(user.alliance(), person).map(p -> p.content().goal(goal) != null).orElse(false)
        || store.currentDraft(user.alliance(), person).map(d -> d.content().goal(goal) != null).orElse(false);
    if (!known) {
      throw new RecordNotFound("Goal");
    }
    List<FieldProblem> problems = progress.problems(today());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID id = UUID.randomUUID();
    String note = PlanContent.blank(progress.note()) ? null : progress.note().trim();
    store.insertProgress(user.alliance(), id, person, goal, progress.recordedOn(), progress.progress(), note,
        actor.person(), actor.by(), actor.name());
    audit.record(user, user.alliance(), AuditAction.CREATE, "GoalProgress", id, person,
        progress.progress().label() + " on " + progress.recordedOn());
    return id;
  }

  private PlanContent text(CurrentUser user, UUID person, String ref, String field) {
    if ("draft".equals(ref)) {
      return store.currentDraft(user.alliance(), person).map(PlanDraft::content)
          .orElseThrow(() -> new RecordNotFound("Draft"));
    }
    try {
      return store.version(user.alliance(), person, Integer.parseInt(ref)).map(AgreedPlan::content)
          .orElseThrow(() -> new RecordNotFound("Plan version"));
    } catch (NumberFormatException e) {
      throw new Refused(field, "Choose a version's number, or draft");
    }
  }

  static String label(String ref) {
    return "draft".equals(ref) ? "Draft" : "Version " + ref;
  }
}
