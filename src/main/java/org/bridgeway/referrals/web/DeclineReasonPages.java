package org.bridgeway.referrals.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.DeclineReasons;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's list of reasons for declining a referral: add a reason, stop or start offering one. */
@Controller
class DeclineReasonPages {

  private final DeclineReasons reasons;

  DeclineReasonPages(DeclineReasons reasons) {
    this.reasons = reasons;
  }

  record LabelForm(String label) {}

  @GetMapping("/referrals/decline-reasons")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    return page(user, model, "", Map.of());
  }

  @PostMapping("/referrals/decline-reasons")
  String add(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String label, Model model,
      RedirectAttributes redirect) {
    try {
      reasons.add(user, label);
      redirect.addFlashAttribute("success", "Reason added: " + label.trim());
      return "redirect:/referrals/decline-reasons";
    } catch (Refused e) {
      return page(user, model, label, Map.of(e.field(), e.getMessage()));
    }
  }

  @PostMapping("/referrals/decline-reasons/{id}/active")
  String setActive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam boolean active,
      RedirectAttributes redirect) {
    reasons.setActive(user, id, active);
    redirect.addFlashAttribute("success", active ? "The reason is offered again" : "The reason is no longer offered");
    return "redirect:/referrals/decline-reasons";
  }

  private String page(CurrentUser user, Model model, String label, Map<String, String> errors) {
    model.addAttribute("reasons", reasons.all(user.alliance()));
    model.addAttribute("form", new LabelForm(label));
    model.addAttribute("errors", errors);
    return "referrals/decline-reasons";
  }
}
