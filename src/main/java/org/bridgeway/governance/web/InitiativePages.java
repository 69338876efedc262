package org.bridgeway.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.Locality;
import org.bridgeway.governance.EvaluationKind;
import org.bridgeway.governance.Initiative;
import org.bridgeway.governance.InitiativeStatus;
import org.bridgeway.governance.Initiatives;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Improvement initiatives and pilots: the list, one with its milestones and measures, and the forms. */
@Controller
class InitiativePages {

  private final Initiatives initiatives;
  private final Localities localities;

  InitiativePages(Initiatives initiatives, Localities localities) {
    this.initiatives = initiatives;
    this.localities = localities;
  }

  @GetMapping("/governance/initiatives")
  String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("initiatives", initiatives.find(user, page));
    model.addAttribute("mayChange", Initiatives.mayChange(user));
    return "governance/initiatives";
  }

  @GetMapping("/governance/initiatives/new")
  String newInitiative(@AuthenticationPrincipal CurrentUser user, Model model) {
    return form(user, model, InitiativeForm.empty(), null, Map.of());
  }

  @PostMapping("/governance/initiatives")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute InitiativeForm form, Model model,
      RedirectAttributes redirect) {
    try {
      UUID id = initiatives.add(user, form.details());
      redirect.addFlashAttribute("success", "Initiative added. Add its milestones and outcomes below.");
      return "redirect:/governance/initiatives/" + id;
    } catch (InvalidInput | Refused e) {
      return form(user, model, form, null, FormErrors.of(e));
    }
  }

  @GetMapping("/governance/initiatives/{id}")
  String initiative(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return page(user, model, id, MilestoneForm.empty(), MeasureForm.empty(), Map.of());
  }

  @GetMapping("/governance/initiatives/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Initiative initiative = initiatives.get(user, id);
    return form(user, model, InitiativeForm.of(initiative), initiative, Map.of());
  }

  @PostMapping("/governance/initiatives/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute InitiativeForm form, Model model, RedirectAttributes redirect) {
    try {
      initiatives.change(user, id, form.version() == null ? -1 : form.version(), form.details());
      redirect.addFlashAttribute("success", "Initiative changed");
      return "redirect:/governance/initiatives/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      Initiative current = initiatives.get(user, id);
      return form(user, model, e instanceof EditConflict ? InitiativeForm.of(current) : form, current,
          FormErrors.of(e));
    }
  }

  @PostMapping("/governance/initiatives/{id}/milestones")
  String addMilestone(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute MilestoneForm form, Model model, RedirectAttributes redirect) {
    try {
      initiatives.addMilestone(user, id, form.milestone());
      redirect.addFlashAttribute("success", "Milestone added");
      return "redirect:/governance/initiatives/" + id + "#milestones";
    } catch (InvalidInput | Refused e) {
      return page(user, model, id, form, MeasureForm.empty(), FormErrors.of(e));
    }
  }

  /** What a milestone's "mark as done" or "not done yet" button sends. */
  record MarkForm(@Nullable Integer version, boolean done) {}

  @PostMapping("/governance/initiatives/{id}/milestones/{milestone}")
  String mark(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID milestone,
      @ModelAttribute MarkForm form, Model model, RedirectAttributes redirect) {
    try {
      initiatives.markMilestone(user, id, milestone, form.version() == null ? -1 : form.version(), form.done());
      redirect.addFlashAttribute("success", form.done() ? "Milestone marked as done" : "Milestone marked as not done");
      return "redirect:/governance/initiatives/" + id + "#milestones";
    } catch (Refused | EditConflict e) {
      return page(user, model, id, MilestoneForm.empty(), MeasureForm.empty(), FormErrors.of(e));
    }
  }

  @PostMapping("/governance/initiatives/{id}/measures")
  String addMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute MeasureForm form, Model model, RedirectAttributes redirect) {
    try {
      initiatives.addMeasure(user, id, form.measure());
      redirect.addFlashAttribute("success", "Outcome measure added");
      return "redirect:/governance/initiatives/" + id + "#outcomes";
    } catch (InvalidInput | Refused e) {
      return page(user, model, id, MilestoneForm.empty(), form, FormErrors.of(e));
    }
  }

  String page(CurrentUser user, Model model, UUID id, MilestoneForm milestone, MeasureForm measure,
      Map<String, String> errors) {
    Initiative initiative = initiatives.get(user, id);
    model.addAttribute("initiative", initiative);
    model.addAttribute("mayChange", Initiatives.mayChange(user) && !initiative.voided());
    model.addAttribute("milestone", milestone);
    model.addAttribute("measure", measure);
    model.addAttribute("errors", errors);
    return "governance/initiative";
  }

  private String form(CurrentUser user, Model model, InitiativeForm form, @Nullable Initiative initiative,
      Map<String, String> errors) {
    Map<String, String> places = new LinkedHashMap<>();
    for (Locality l : localities.all(user.alliance())) {
      places.put(l.id().toString(), l.name() + (l.pilotArea() ? " (pilot area)" : ""));
    }
    Map<String, String> statuses = new LinkedHashMap<>();
    for (InitiativeStatus s : InitiativeStatus.values()) {
      statuses.put(s.name(), s.label());
    }
    Map<String, String> evaluations = new LinkedHashMap<>();
    for (EvaluationKind k : EvaluationKind.values()) {
      evaluations.put(k.name(), k.label());
    }
    model.addAttribute("form", form);
    model.addAttribute("initiative", initiative);
    model.addAttribute("errors", errors);
    model.addAttribute("localities", places);
    model.addAttribute("statuses", statuses);
    model.addAttribute("evaluations", evaluations);
    return "governance/initiative-form";
  }
}
