package org.bridgeway.plans.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.MyPlans;
import org.bridgeway.plans.PlanComparison;
import org.bridgeway.plans.PlanDraft;
import org.bridgeway.plans.SupportPlan;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own plan pages, in plain words: my plan, changing my draft, agreeing it, my goals, my download. */
@Controller
class MyPlanPages {

  private final MyPlans myPlans;
  private final PlanPdf pdf;

  MyPlanPages(MyPlans myPlans, PlanPdf pdf) {
    this.myPlans = myPlans;
    this.pdf = pdf;
  }

  @GetMapping("/me/plan")
  String plan(@AuthenticationPrincipal CurrentUser user, Model model) {
    return PlanViews.plan(model, me(user), myPlans.mine(user), Map.of(), null);
  }

  @GetMapping("/me/plan/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, Model model) {
    SupportPlan plan = myPlans.mine(user);
    return PlanViews.edit(model, me(user), plan, PlanForm.of(plan.draftVersion(), plan.editable()), Map.of(), null);
  }

  @PostMapping("/me/plan/draft")
  String save(@AuthenticationPrincipal CurrentUser user, @RequestParam MultiValueMap<String, String> sent,
      Model model, RedirectAttributes redirect) {
    PlanForm form = PlanForm.from(sent);
    try {
      myPlans.saveDraft(user, form.version(), form.plan());
      redirect.addFlashAttribute("success", "Your changes are saved in your draft plan. If anyone had agreed the "
          + "draft before, they need to agree it again now it has changed.");
      return "redirect:/me/plan";
    } catch (InvalidInput | Refused e) {
      return PlanViews.edit(model, me(user), myPlans.mine(user), form.withRoom(),
          FormErrors.of(e, form.fieldNames()), null);
    } catch (EditConflict e) {
      return PlanViews.conflict(model, me(user), myPlans.mine(user), form, e);
    }
  }

  @PostMapping("/me/plan/agree")
  String agree(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "-1") int version,
      Model model, RedirectAttributes redirect) {
    try {
      Integer number = myPlans.agree(user, version);
      redirect.addFlashAttribute("success", number == null
          ? "Thank you. You have agreed your plan. It will be your agreed plan when your worker agrees it too."
          : "Thank you. You and your worker have both agreed your plan. It is now version " + number + ".");
      return "redirect:/me/plan";
    } catch (Refused | EditConflict e) {
      return PlanViews.plan(model, me(user), myPlans.mine(user), FormErrors.of(e), null);
    }
  }

  @PostMapping("/me/plan/goals/{goalId}/progress")
  String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID goalId,
      @RequestParam Map<String, String> sent, Model model, RedirectAttributes redirect) {
    ProgressForm form = ProgressForm.from(goalId, sent);
    try {
      myPlans.recordProgress(user, goalId, form.entry());
      redirect.addFlashAttribute("success", "Thank you. Your progress is saved.");
      return "redirect:/me/plan#goal-" + goalId;
    } catch (InvalidInput | Refused e) {
      return PlanViews.plan(model, me(user), myPlans.mine(user), FormErrors.of(e, form.fieldNames()), form);
    }
  }

  @GetMapping("/me/plan/versions/{number}")
  String version(@AuthenticationPrincipal CurrentUser user, @PathVariable int number, Model model) {
    return PlanViews.version(model, me(user), myPlans.version(user, number), myPlans.today());
  }

  @GetMapping("/me/plan/draft")
  String draft(@AuthenticationPrincipal CurrentUser user, Model model) {
    return PlanViews.draft(model, me(user), myPlans.draft(user), myPlans.today());
  }

  @GetMapping("/me/plan/compare")
  String compare(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to, Model model) {
    SupportPlan plan = myPlans.mine(user);
    PlanComparison comparison = from == null || to == null ? null : myPlans.compare(user, from, to);
    return PlanViews.compare(model, me(user), plan, from, to, comparison);
  }

  @GetMapping("/me/plan/versions/{number}/pdf")
  ResponseEntity<byte[]> versionPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable int number) {
    AgreedPlan plan = myPlans.version(user, number);
    return pdf.download(user, user.personId(), user.displayName(), plan.content(), plan, null);
  }

  @GetMapping("/me/plan/draft/pdf")
  ResponseEntity<byte[]> draftPdf(@AuthenticationPrincipal CurrentUser user) {
    PlanDraft draft = myPlans.draft(user);
    return pdf.download(user, user.personId(), user.displayName(), draft.content(), null, draft);
  }

  private static PlanViews.Side me(CurrentUser user) {
    return new PlanViews.Side(true, "/me/plan", user.displayName(), "/");
  }
}
