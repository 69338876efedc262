package org.bridgeway.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.MyPlans;
import org.bridgeway.plans.NewProgress;
import org.bridgeway.plans.PlanComparison;
import org.bridgeway.plans.SupportPlan;
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

/** The signed-in person's own plan over JSON: read it, change my draft, agree it, record my progress. */
@RestController
@Tag(name = "My plan", description = "The signed-in person's support plan, in their own words")
class MyPlanApi {

  private final MyPlans myPlans;

  MyPlanApi(MyPlans myPlans) {
    this.myPlans = myPlans;
  }

  @GetMapping("/api/me/plan")
  @Operation(summary = "My plan: my agreed plan, my draft with who has agreed it, my versions and my progress")
  SupportPlan mine(@AuthenticationPrincipal CurrentUser user) {
    return myPlans.mine(user);
  }

  @PutMapping("/api/me/plan/draft")
  @Operation(summary = "Save my draft, giving the draft version I read (0 starts one), or get 409; clears any "
      + "agreement to the earlier words")
  SupportPlan saveDraft(@AuthenticationPrincipal CurrentUser user, @RequestBody PlansApi.DraftRequest request) {
    myPlans.saveDraft(user, PlansApi.version(request.version()), PlansApi.content(request.content()));
    return myPlans.mine(user);
  }

  @PostMapping("/api/me/plan/agree")
  @Operation(summary = "Agree my draft as me, giving the draft version I read, or get 409")
  SupportPlan agree(@AuthenticationPrincipal CurrentUser user, @RequestBody PlansApi.AgreeRequest request) {
    myPlans.agree(user, PlansApi.version(request.version()));
    return myPlans.mine(user);
  }

  @GetMapping("/api/me/plan/versions/{number}")
  @Operation(summary = "One of my agreed plans")
  AgreedPlan version(@AuthenticationPrincipal CurrentUser user, @PathVariable int number) {
    return myPlans.version(user, number);
  }

  @GetMapping("/api/me/plan/compare")
  @Operation(summary = "Two of my plans field by field; from and to are a version's number or 'draft'")
  PlanComparison compare(@AuthenticationPrincipal CurrentUser user, @RequestParam String from,
      @RequestParam String to) {
    return myPlans.compare(user, from, to);
  }

  @PostMapping("/api/me/plan/goals/{goalId}/progress")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record how one of my goals is going")
  PlansApi.Created progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID goalId,
      @RequestBody NewProgress progress) {
    return new PlansApi.Created(myPlans.recordProgress(user, goalId, progress));
  }
}
