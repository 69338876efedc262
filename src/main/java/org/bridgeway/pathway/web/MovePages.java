package org.bridgeway.pathway.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.pathway.MovePlan;
import org.bridgeway.pathway.Moves;
import org.bridgeway.pathway.OpenPlanExists;
import org.bridgeway.pathway.Stay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's move plans: planning a move, its visits, changes and handover, and completing or cancelling it. */
@Controller
class MovePages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final Moves moves;
  private final Stays stays;
  private final People people;
  private final Services services;
  private final Ladders ladders;

  MovePages(Moves moves, Stays stays, People people, Services services, Ladders ladders) {
    this.moves = moves;
    this.stays = stays;
    this.people = people;
    this.services = services;
    this.ladders = ladders;
  }

  @GetMapping("/people/{id}/pathway/moves/new")
  String newPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return planForm(user, id, model, MoveForm.blank(), Map.of());
  }

  @PostMapping("/people/{id}/pathway/moves")
  String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute MoveForm form,
      Model model, RedirectAttributes redirect) {
    try {
      UUID plan = moves.plan(user, id, form.plan());
      redirect.addFlashAttribute("success", "Move planned");
      return "redirect:/people/" + id + "/pathway/moves/" + plan;
    } catch (InvalidInput | Refused e) {
      if (e instanceof OpenPlanExists open) {
        model.addAttribute("openPlanId", open.openPlanId());
      }
      return planForm(user, id, model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/people/{id}/pathway/moves/{moveId}")
  String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      Model model) {
    return planPage(user, id, moves.get(user, id, moveId), model, MoveStepForm.visitOn(moves.today()), Map.of());
  }

  @PostMapping("/people/{id}/pathway/moves/{moveId}/visits")
  String addVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @ModelAttribute MoveStepForm form, Model model, RedirectAttributes redirect) {
    try {
      moves.addVisit(user, id, moveId, form.visit());
      redirect.addFlashAttribute("success", "Visit recorded");
      return "redirect:/people/" + id + "/pathway/moves/" + moveId + "#visits";
    } catch (InvalidInput | Refused e) {
      return planPage(user, id, moves.get(user, id, moveId), model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/people/{id}/pathway/moves/{moveId}/visits/{visitId}/void")
  String voidForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @PathVariable UUID visitId, Model model) {
    return step(user, id, moves.get(user, id, moveId), visitId, "void", model, MoveStepForm.blank(), Map.of());
  }

  @PostMapping("/people/{id}/pathway/moves/{moveId}/visits/{visitId}/void")
  String voidVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @PathVariable UUID visitId, @ModelAttribute MoveStepForm form, Model model, RedirectAttributes redirect) {
    try {
      moves.voidVisit(user, id, moveId, visitId, form.reason());
      redirect.addFlashAttribute("success", "Visit voided. It stays on record with the reason.");
      return "redirect:/people/" + id + "/pathway/moves/" + moveId + "#visits";
    } catch (InvalidInput | Refused e) {
      return step(user, id, moves.get(user, id, moveId), visitId, "void", model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/people/{id}/pathway/moves/{moveId}/change")
  String changeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      Model model) {
    MovePlan plan = openPlan(user, id, moveId);
    return changeForm(user, id, plan, model, MoveForm.of(plan), Map.of());
  }

  @PostMapping("/people/{id}/pathway/moves/{moveId}/change")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @ModelAttribute MoveForm form, Model model, RedirectAttributes redirect) {
    MovePlan plan = moves.get(user, id, moveId);
    try {
      moves.change(user, id, moveId, form.versionOr(plan.version()), form.changes());
      redirect.addFlashAttribute("success", "Move plan saved");
      return "redirect:/people/" + id + "/pathway/moves/" + moveId;
    } catch (EditConflict e) {
      return changeForm(user, id, plan, model, MoveForm.of(plan), FormErrors.of(e));
    } catch (InvalidInput | Refused e) {
      return changeForm(user, id, plan, model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/people/{id}/pathway/moves/{moveId}/complete")
  String completeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      Model model) {
    MovePlan plan = openPlan(user, id, moveId);
    return step(user, id, plan, null, "complete", model, MoveStepForm.movingOn(moves.today(), plan.version()),
        Map.of());
  }

  @PostMapping("/people/{id}/pathway/moves/{moveId}/complete")
  String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @ModelAttribute MoveStepForm form, Model model, RedirectAttributes redirect) {
    MovePlan plan = moves.get(user, id, moveId);
    try {
      var moveDate = form.moveDate();
      moves.complete(user, id, moveId, form.versionOr(plan.version()), moveDate, form.capacityOverrideReason());
      redirect.addFlashAttribute("success", "Moved to " + plan.toServiceName() + " on " + moveDate.format(DAY));
      return "redirect:/people/" + id + "/pathway";
    } catch (EditConflict e) {
      return step(user, id, plan, null, "complete", model, form.at(plan.version()), FormErrors.of(e));
    } catch (InvalidInput | Refused e) {
      return step(user, id, plan, null, "complete", model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/people/{id}/pathway/moves/{moveId}/cancel")
  String cancelForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      Model model) {
    MovePlan plan = openPlan(user, id, moveId);
    return step(user, id, plan, null, "cancel", model, MoveStepForm.atVersion(plan.version()), Map.of());
  }

  @PostMapping("/people/{id}/pathway/moves/{moveId}/cancel")
  String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @ModelAttribute MoveStepForm form, Model model, RedirectAttributes redirect) {
    MovePlan plan = moves.get(user, id, moveId);
    try {
      moves.cancel(user, id, moveId, form.versionOr(plan.version()), form.reason());
      redirect.addFlashAttribute("success", "Move plan cancelled. It stays on record with the reason.");
      return "redirect:/people/" + id + "/pathway/moves/" + moveId;
    } catch (EditConflict e) {
      return step(user, id, plan, null, "cancel", model, form.at(plan.version()), FormErrors.of(e));
    } catch (InvalidInput | Refused e) {
      return step(user, id, plan, null, "cancel", model, form, FormErrors.of(e));
    }
  }

  private MovePlan openPlan(CurrentUser user, UUID id, UUID moveId) {
    MovePlan plan = moves.get(user, id, moveId);
    if (!plan.open()) {
      throw new RecordNotFound("Open move plan");
    }
    return plan;
  }

  private String planForm(CurrentUser user, UUID id, Model model, MoveForm form, Map<String, String> errors) {
    Ladder ladder = ladders.of(user.alliance());
    Map<String, String> from = new LinkedHashMap<>();
    for (Stay stay : stays.ofPerson(user, id)) {
      if (stay.open() && (stay.serviceKind().onLadder() || stay.serviceKind().hospital())) {
        from.put(stay.id().toString(), stay.serviceName() + ", since " + stay.startDate().format(DAY));
      }
    }
    Map<String, String> to = new LinkedHashMap<>();
    for (ServiceRecord s : services.all(user.alliance())) {
      if (s.kind().onLadder() || s.kind().hospital()) {
        to.put(s.id().toString(), s.name() + " (" + s.kind().label()
            + ladder.level(s.kind()).stream().mapToObj(l -> ", level " + l).findFirst().orElse("") + ")");
      }
    }
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("fromOptions", from);
    model.addAttribute("serviceOptions", to);
    model.addAttribute("readinessOptions", MoveForm.readinessOptions());
    return "pathway/move-new";
  }

  private String planPage(CurrentUser user, UUID id, MovePlan plan, Model model, MoveStepForm form,
      Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("plan", plan);
    model.addAttribute("daysWaiting", plan.daysWaiting(moves.today()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", MoveStepForm.kinds());
    return "pathway/move";
  }

  private String changeForm(CurrentUser user, UUID id, MovePlan plan, Model model, MoveForm form,
      Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("readinessOptions", MoveForm.readinessOptions());
    return "pathway/move-change";
  }

  /** The page of one step: completing the move, cancelling the plan, or voiding one of its visits. */
  private String step(CurrentUser user, UUID id, MovePlan plan, @Nullable UUID visitId, String step, Model model,
      MoveStepForm form, Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    if (visitId != null) {
      model.addAttribute("visit", plan.visits().stream().filter(v -> v.id().equals(visitId) && !v.voided())
          .findFirst().orElseThrow(() -> new RecordNotFound("Visit")));
    }
    return "pathway/move-" + step;
  }
}
