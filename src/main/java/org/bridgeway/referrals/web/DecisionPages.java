package org.bridgeway.referrals.web;

import org.bridgeway.shared.FormErrors;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Services;
import org.bridgeway.referrals.PanelAgendaItem;
import org.bridgeway.referrals.PanelDecisions;
import org.bridgeway.referrals.PanelMeetingView;
import org.bridgeway.referrals.Panels;
import org.bridgeway.referrals.StaffChoices;
import org.bridgeway.shared.EditConflict;
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

/** The page to record the panel's decision on one referral on a meeting's agenda. */
@Controller
class DecisionPages {

  private final Panels panels;
  private final PanelDecisions decisions;
  private final Services services;
  private final StaffChoices staff;

  DecisionPages(Panels panels, PanelDecisions decisions, Services services, StaffChoices staff) {
    this.panels = panels;
    this.decisions = decisions;
    this.services = services;
    this.staff = staff;
  }

  @GetMapping("/panels/{id}/referrals/{referralId}/decision")
  String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID referralId,
      Model model) {
    PanelMeetingView view = panels.view(user, id);
    PanelAgendaItem item = item(view, referralId);
    return page(user, model, view, item, DecisionForm.blank(item.version()), Map.of());
  }

  @PostMapping("/panels/{id}/referrals/{referralId}/decision")
  String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID referralId,
      @ModelAttribute DecisionForm form, Model model, RedirectAttributes redirect) {
    try {
      decisions.decide(user, id, referralId, form.decision());
      redirect.addFlashAttribute("success", "Decision recorded");
      return "redirect:/panels/" + id + "#decisions";
    } catch (InvalidInput | Refused | EditConflict e) {
      PanelMeetingView view = panels.view(user, id);
      PanelAgendaItem item = view.agenda().stream().filter(i -> i.referralId().equals(referralId)).findFirst()
          .orElse(null);
      if (item == null) {
        redirect.addFlashAttribute("problem", e.getMessage());
        return "redirect:/panels/" + id;
      }
      DecisionForm shown = e instanceof EditConflict ? withVersion(form, item.version()) : form;
      return page(user, model, view, item, shown, FormErrors.of(e));
    }
  }

  private static DecisionForm withVersion(DecisionForm f, int version) {
    return new DecisionForm(f.outcome(), f.reasons(), f.serviceIds(), f.keyWorkerStaffId(), f.memberStaffIds(),
        f.memberRoles(), f.startDateDay(), f.startDateMonth(), f.startDateYear(), version);
  }

  private static PanelAgendaItem item(PanelMeetingView view, UUID referralId) {
    return view.agenda().stream().filter(i -> i.referralId().equals(referralId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Referral on this agenda"));
  }

  private String page(CurrentUser user, Model model, PanelMeetingView view, PanelAgendaItem item, DecisionForm form,
      Map<String, String> errors) {
    model.addAttribute("meeting", view.meeting());
    model.addAttribute("item", item);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("outcomes", Choices.outcomes());
    model.addAttribute("services", Choices.services(services.all(user.alliance())));
    model.addAttribute("staff", Choices.staff(staff.all(user.alliance())));
    model.addAttribute("memberRows", java.util.stream.IntStream.range(0, DecisionForm.MEMBER_ROWS).boxed().toList());
    return "panels/decision-form";
  }
}
