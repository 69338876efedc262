package org.bridgeway.governance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.governance.Initiative;
import org.bridgeway.governance.Initiatives;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Voiding an initiative, a milestone or an outcome measure, each with a reason. */
@Controller
class InitiativeVoidPages {

  private static final String BASE = "/governance/initiatives/";

  private final Initiatives initiatives;

  InitiativeVoidPages(Initiatives initiatives) {
    this.initiatives = initiatives;
  }

  @GetMapping(BASE + "{id}/void")
  String voidForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Initiative initiative = initiatives.get(user, id);
    return show(model, initiative, "", new VoidForm(initiative.version(), null), Map.of());
  }

  @PostMapping(BASE + "{id}/void")
  String voidInitiative(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute VoidForm form, Model model, RedirectAttributes redirect) {
    try {
      initiatives.voidInitiative(user, id, form.versionRead(), form.reason());
      redirect.addFlashAttribute("success", "Initiative voided. It stays readable, marked as voided.");
      return "redirect:" + BASE + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      return show(model, initiatives.get(user, id), "", form, FormErrors.of(e));
    }
  }

  @GetMapping({BASE + "{id}/milestones/{partId}/void", BASE + "{id}/measures/{partId}/void"})
  String partVoidForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID partId,
      HttpServletRequest request, Model model) {
    String part = part(request);
    return show(model, initiatives.get(user, id), part + "/" + partId, new VoidForm(null, null), Map.of());
  }

  @PostMapping({BASE + "{id}/milestones/{partId}/void", BASE + "{id}/measures/{partId}/void"})
  String voidPart(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID partId,
      HttpServletRequest request, @ModelAttribute VoidForm form, Model model, RedirectAttributes redirect) {
    String part = part(request);
    try {
      if (part.equals("milestones")) {
        initiatives.voidMilestone(user, id, partId, form.reason());
      } else {
        initiatives.voidMeasure(user, id, partId, form.reason());
      }
      redirect.addFlashAttribute("success", part.equals("milestones") ? "Milestone voided" : "Outcome measure voided");
      return "redirect:" + BASE + id + (part.equals("milestones") ? "#milestones" : "#outcomes");
    } catch (InvalidInput | Refused e) {
      return show(model, initiatives.get(user, id), part + "/" + partId, form, FormErrors.of(e));
    }
  }

  /** Which part of the initiative the address names. */
  private static String part(HttpServletRequest request) {
    return request.getRequestURI().contains("/milestones/") ? "milestones" : "measures";
  }

  private static String show(Model model, Initiative initiative, String part, VoidForm form,
      Map<String, String> errors) {
    String what = part.isEmpty() ? "the initiative" : part.startsWith("milestones") ? "a milestone"
        : "an outcome measure";
    if (!part.isEmpty() && initiative.milestones().stream().noneMatch(m -> part.endsWith(m.id().toString()))
        && initiative.measures().stream().noneMatch(m -> part.endsWith(m.id().toString()))) {
      throw new RecordNotFound(what.substring(what.indexOf(' ') + 1));
    }
    return VoidPage.show(model, "Void " + what + " of " + initiative.title(),
        "Void it when it was recorded by mistake. It stays readable, marked as voided.",
        BASE + initiative.id() + (part.isEmpty() ? "" : "/" + part) + "/void", BASE + initiative.id(), form, errors);
  }
}
