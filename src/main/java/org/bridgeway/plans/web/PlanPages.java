package org.bridgeway.plans.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.PlanComparison;
import org.bridgeway.plans.PlanDraft;
import org.bridgeway.plans.Plans;
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

/**
 * A person's support plan for their workers: the plan with its draft and agreements, editing the draft, goals
 * and progress, the history of versions, comparing two of them, the plan as a PDF, and the reviews due.
 */
@Controller
class PlanPages {

  private final Plans plans;
  private final People people;
  private final PlanPdf pdf;

  PlanPages(Plans plans, People people, PlanPdf pdf) {
    this.plans = plans;
    this.people = people;
    this.pdf = pdf;
  }

  @GetMapping("/people/{id}/plan")
  String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return PlanViews.plan(model, worker(user, id, model), plans.plan(user, id), Map.of(), null);
  }

  @GetMapping("/people/{id}/plan/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    SupportPlan plan = plans.plan(user, id);
    return PlanViews.edit(model, worker(user, id, model), plan, PlanForm.of(plan.draftVersion(), plan.editable()),
        Map.of(), null);
  }

  @PostMapping("/people/{id}/plan/draft")
  String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> sent, Model model, RedirectAttributes redirect) {
    PlanForm form = PlanForm.from(sent);
    try {
      plans.saveDraft(user, id, form.version(), form.plan());
      redirect.addFlashAttribute("success", "Draft saved. Any earlier agreement to the draft has been cleared: "
          + "the worker and the person now agree the new text.");
      return "redirect:/people/" + id + "/plan";
    } catch (InvalidInput | Refused e) {
      return PlanViews.edit(model, worker(user, id, model), plans.plan(user, id), form.withRoom(),
          FormErrors.of(e, form.fieldNames()), null);
    } catch (EditConflict e) {
      SupportPlan now = plans.plan(user, id);
      return PlanViews.conflict(model, worker(user, id, model), now, form, e);
    }
  }

  @PostMapping("/people/{id}/plan/agree")
  String agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
    try {
      Integer number = plans.agree(user, id, version);
      redirect.addFlashAttribute("success", number == null
          ? "You have agreed the draft. It becomes the agreed plan when the person agrees it too."
          : "You have agreed the draft. Both of you have agreed it, so it is now version " + number + ".");
      return "redirect:/people/" + id + "/plan";
    } catch (Refused | EditConflict e) {
      return PlanViews.plan(model, worker(user, id, model), plans.plan(user, id), FormErrors.of(e), null);
    }
  }

  @PostMapping("/people/{id}/plan/goals/{goalId}/progress")
  String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID goalId,
      @RequestParam Map<String, String> sent, Model model, RedirectAttributes redirect) {
    ProgressForm form = ProgressForm.from(goalId, sent);
    try {
      plans.recordProgress(user, id, goalId, form.entry());
      redirect.addFlashAttribute("success", "Progress recorded");
      return "redirect:/people/" + id + "/plan#goal-" + goalId;
    } catch (InvalidInput | Refused e) {
      return PlanViews.plan(model, worker(user, id, model), plans.plan(user, id),
          FormErrors.of(e, form.fieldNames()), form);
    }
  }

  @GetMapping("/people/{id}/plan/versions/{number}")
  String version(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int number,
      Model model) {
    return PlanViews.version(model, worker(user, id, model), plans.version(user, id, number), plans.today());
  }

  @GetMapping("/people/{id}/plan/draft")
  String draft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return PlanViews.draft(model, worker(user, id, model), plans.draft(user, id), plans.today());
  }

  @GetMapping("/people/{id}/plan/compare")
  String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
      Model model) {
    PlanViews.Side side = worker(user, id, model);
    SupportPlan plan = plans.plan(user, id);
    PlanComparison comparison = from == null || to == null ? null : plans.compare(user, id, from, to);
    return PlanViews.compare(model, side, plan, from, to, comparison);
  }

  @GetMapping("/people/{id}/plan/versions/{number}/pdf")
  ResponseEntity<byte[]> versionPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable int number) {
    PersonRecord person = people.read(user, id);
    AgreedPlan plan = plans.version(user, id, number);
    return pdf.download(user, id, person.displayName(), plan.content(), plan, null);
  }

  @GetMapping("/people/{id}/plan/draft/pdf")
  ResponseEntity<byte[]> draftPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    PersonRecord person = people.read(user, id);
    PlanDraft draft = plans.draft(user, id);
    return pdf.download(user, id, person.displayName(), draft.content(), null, draft);
  }

  @GetMapping("/plans/reviews")
  String reviews(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("reviews", plans.reviews(user));
    model.addAttribute("weeks", Plans.REVIEW_WEEKS);
    return "plans/reviews";
  }

  private PlanViews.Side worker(CurrentUser user, UUID id, Model model) {
    PersonRecord person = people.read(user, id);
    return new PlanViews.Side(false, "/people/" + id + "/plan", person.displayName(), "/people/" + id);
  }
}
