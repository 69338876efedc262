package org.bridgeway.referrals.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgeway.referrals.SelfReferral;
import org.bridgeway.referrals.SelfReferrals;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The public form where a person refers themselves, without signing in. */
@Controller
class SelfReferralPages {

  private final SelfReferrals selfReferrals;

  SelfReferralPages(SelfReferrals selfReferrals) {
    this.selfReferrals = selfReferrals;
  }

  @GetMapping("/refer-yourself")
  String form(Model model) {
    return form(model, SelfReferral.blank(), Map.of());
  }

  @PostMapping("/refer-yourself")
  String refer(@ModelAttribute SelfReferral form, Model model) {
    try {
      selfReferrals.refer(form);
      model.addAttribute("alliance", selfReferrals.alliances().stream()
          .filter(a -> a.id().toString().equals(form.alliance())).findFirst().orElseThrow().name());
      return "referrals/refer-yourself-sent";
    } catch (InvalidInput | Refused e) {
      return form(model, form, PageErrors.of(e, "help"));
    }
  }

  private String form(Model model, SelfReferral form, Map<String, String> errors) {
    Map<String, String> alliances = new LinkedHashMap<>();
    selfReferrals.alliances().forEach(a -> alliances.put(a.id().toString(), a.name()));
    model.addAttribute("alliances", alliances);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "referrals/refer-yourself";
  }
}
