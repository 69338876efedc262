package org.bridgeway.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.people.People;
import org.bridgeway.plans.PlanWork.Actor;
import org.bridgeway.plans.internal.PlanStore;
import org.bridgeway.shared.AccessDenied;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's support plan as their workers read and write it. Only someone who works with records and may open
 * the person's record may read the plan, change its draft or agree it as the worker; the person agrees only as
 * themselves, through {@link MyPlans}. Every read and change is audited against the person.
 */
@Service
public class Plans {

  /** How far ahead the list of reviews looks. */
  public static final int REVIEW_WEEKS = 4;
  /** The most reviews one query reads before keeping those the user may open. */
  static final int REVIEWS_READ = 500;

  private final PlanWork work;
  private final PlanStore store;
  private final People people;
  private final Staff staff;
  private final AuditTrail audit;

  Plans(PlanWork work, PlanStore store, People people, Staff staff, AuditTrail audit) {
    this.work = work;
    this.store = store;
    this.people = people;
    this.staff = staff;
    this.audit = audit;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public SupportPlan plan(CurrentUser user, UUID personId) {
    open(user, personId);
    return work.plan(user, personId);
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public AgreedPlan version(CurrentUser user, UUID personId, int number) {
    open(user, personId);
    return work.version(user, personId, number);
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public PlanDraft draft(CurrentUser user, UUID personId) {
    open(user, personId);
    return work.draft(user, personId);
  }

  /**
   * Saves the draft's words as read at {@code version} (0 starts a new draft from the latest agreed version's
   * words); refused as an edit conflict if someone saved it since. Clears any agreement given to the earlier
   * text. Returns the draft's new version.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public int saveDraft(CurrentUser user, UUID personId, int version, PlanContent content) {
    open(user, personId);
    return work.saveDraft(user, personId, version, content, actor(user));
  }

  /** Agrees the draft as the worker; returns the new agreed version's number if the person has agreed too. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public @Nullable Integer agree(CurrentUser user, UUID personId, int version) {
    open(user, personId);
    return work.agree(user, personId, version, actor(user));
  }

  /** Two texts of the plan side by side: each "draft" or an agreed version's number. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public PlanComparison compare(CurrentUser user, UUID personId, String from, String to) {
    open(user, personId);
    return work.compare(user, personId, from, to);
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID recordProgress(CurrentUser user, UUID personId, UUID goalId, NewProgress progress) {
    open(user, personId);
    return work.recordProgress(user, personId, goalId, progress, actor(user));
  }

  /**
   * People whose latest agreed plan is due for review in the next {@value #REVIEW_WEEKS} weeks or is overdue,
   * overdue first, among those the user may open (for a manager, the people of their organisation; for an
   * administrator, the alliance's).
   */
  @Transactional
  public List<ReviewDue> reviews(CurrentUser user) {
    if (!user.role().worksWithRecords()) {
      throw new AccessDenied("list");
    }
    LocalDate today = work.today();
    List<ReviewDue> due = store.reviewsDue(user.alliance(), today.plusWeeks(REVIEW_WEEKS), today, REVIEWS_READ)
        .stream().filter(r -> people.mayOpen(user, r.personId())).toList();
    audit.record(user, user.alliance(), AuditAction.VIEW, "SupportPlanReviews", null, null,
        due.size() + " plan reviews due or overdue");
    return due;
  }

  public LocalDate today() {
    return work.today();
  }

  /** Someone who works with records and may open the person's record; the person themselves uses MyPlans. */
  private void open(CurrentUser user, UUID personId) {
    if (!user.role().worksWithRecords()) {
      throw new AccessDenied("plan");
    }
    people.requireAccess(user, personId);
  }

  private Actor actor(CurrentUser user) {
    String name = user.staffId() == null ? user.displayName() : staff.get(user.alliance(), user.staffId()).fullName();
    return new Actor(user.username(), name, false);
  }

  /**
   * The people whose support plan had a version agreed in the period (both ends included; the day, in UK time,
   * the second of the person and their worker agreed), for the alliance figures: an agreed version is always
   * agreed by the person themselves. Counts only, naming no one, so not audited here.
   */
  @Transactional(readOnly = true)
  public Set<UUID> agreedBetween(UUID alliance, LocalDate from, LocalDate to) {
    return store.agreedBetween(alliance, from, to);
  }
}
