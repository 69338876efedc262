package org.bridgeway.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.NewProgress;
import org.bridgeway.plans.PlanComparison;
import org.bridgeway.plans.PlanContent;
import org.bridgeway.plans.Plans;
import org.bridgeway.plans.ReviewDue;
import org.bridgeway.plans.SupportPlan;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's support plan over JSON, for workers, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Support plans", description = "The person's plan in their words: drafts, agreements, versions, goals")
class PlansApi {

  private final Plans plans;

  PlansApi(Plans plans) {
    this.plans = plans;
  }

  @GetMapping("/api/people/{id}/plan")
  @Operation(summary = "The person's plan: the latest agreed version, the current draft with its agreements, the "
      + "history of versions and the progress on each goal")
  SupportPlan plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return plans.plan(user, id);
  }

  @PutMapping("/api/people/{id}/plan/draft")
  @Operation(summary = "Save the draft's words, giving the draft version read (0 starts a new draft from the latest "
      + "agreed version), or get 409; clears any agreement to the earlier text")
  SupportPlan saveDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody DraftRequest request) {
    plans.saveDraft(user, id, version(request.version()), content(request.content()));
    return plans.plan(user, id);
  }

  @PostMapping("/api/people/{id}/plan/agree")
  @Operation(summary = "Agree the draft as the worker, giving the draft version read, or get 409; when the person "
      + "has agreed too, it becomes the next agreed version")
  SupportPlan agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody AgreeRequest request) {
    plans.agree(user, id, version(request.version()));
    return plans.plan(user, id);
  }

  @GetMapping("/api/people/{id}/plan/versions/{number}")
  @Operation(summary = "One agreed version of the plan, with who agreed it and when")
  AgreedPlan version(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int number) {
    return plans.version(user, id, number);
  }

  @GetMapping("/api/people/{id}/plan/compare")
  @Operation(summary = "Two texts of the plan field by field, each marked added, removed, changed or the same; "
      + "from and to are a version's number or 'draft'")
  PlanComparison compare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam String from, @RequestParam String to) {
    return plans.compare(user, id, from, to);
  }

  @PostMapping("/api/people/{id}/plan/goals/{goalId}/progress")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record progress towards a goal on a day: NOT_STARTED, SOME_PROGRESS, GOOD_PROGRESS or "
      + "ACHIEVED, with a note")
  Created progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID goalId,
      @RequestBody NewProgress progress) {
    return new Created(plans.recordProgress(user, id, goalId, progress));
  }

  @GetMapping("/api/plans/reviews")
  @Operation(summary = "People whose agreed plan is due for review in the next 4 weeks or overdue, among those "
      + "the user may open, overdue first")
  List<ReviewDue> reviews(@AuthenticationPrincipal CurrentUser user) {
    return plans.reviews(user);
  }

  static int version(@Nullable Integer version) {
    if (version == null) {
      throw new InvalidInput(List.of(new FieldProblem("version", "Give the version of the draft you read")));
    }
    return version;
  }

  static PlanContent content(@Nullable PlanContent content) {
    if (content == null) {
      throw new InvalidInput(List.of(new FieldProblem("content", "Give the plan's words")));
    }
    return content;
  }

  record DraftRequest(@Nullable Integer version, @Nullable PlanContent content) {}

  record AgreeRequest(@Nullable Integer version) {}

  record Created(UUID id) {}
}
