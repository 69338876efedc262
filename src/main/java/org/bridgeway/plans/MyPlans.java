package org.bridgeway.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.plans.PlanWork.Actor;
import org.bridgeway.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own support plan, on their own record only: they read it, change the draft in their own words,
 * agree it as themselves and mark progress on their goals. Every read and change is audited against them.
 */
@Service
public class MyPlans {

  private final PlanWork work;

  MyPlans(PlanWork work) {
    this.work = work;
  }

  @Transactional
  public SupportPlan mine(CurrentUser user) {
    return work.plan(user, me(user));
  }

  @Transactional
  public AgreedPlan version(CurrentUser user, int number) {
    return work.version(user, me(user), number);
  }

  @Transactional
  public PlanDraft draft(CurrentUser user) {
    return work.draft(user, me(user));
  }

  /** Saves my draft as read at {@code version} (0 starts one); clears agreements to the earlier words. */
  @Transactional
  public int saveDraft(CurrentUser user, int version, PlanContent content) {
    return work.saveDraft(user, me(user), version, content, actor(user));
  }

  /** Agrees my draft as me; returns the new agreed version's number if my worker has agreed too. */
  @Transactional
  public @Nullable Integer agree(CurrentUser user, int version) {
    return work.agree(user, me(user), version, actor(user));
  }

  @Transactional
  public PlanComparison compare(CurrentUser user, String from, String to) {
    return work.compare(user, me(user), from, to);
  }

  @Transactional
  public UUID recordProgress(CurrentUser user, UUID goalId, NewProgress progress) {
    return work.recordProgress(user, me(user), goalId, progress, actor(user));
  }

  public LocalDate today() {
    return work.today();
  }

  private static Actor actor(CurrentUser user) {
    return new Actor(user.username(), user.displayName(), true);
  }

  /** The person signed in; someone who is not a person who uses services has no plan of their own. */
  private static UUID me(CurrentUser user) {
    if (user.role() != Role.PERSON || user.personId() == null) {
      throw new RecordNotFound("Person");
    }
    return user.personId();
  }
}
