package org.bridgeway.workforce.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.people.People;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.RotaRights;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's right to help manage the rota where they live: who gave it, and giving or taking it away. */
@Controller
class RotaRightPages {

  private final RotaRights rights;
  private final People people;

  RotaRightPages(RotaRights rights, People people) {
    this.rights = rights;
    this.people = people;
  }

  @GetMapping("/people/{id}/rota-right")
  String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return show(user, id, model, Map.of());
  }

  private String show(CurrentUser user, UUID id, Model model, Map<String, String> errors) {
    model.addAttribute("rights", rights.ofPerson(user, id));
    model.addAttribute("person", people.identify(user, id));
    model.addAttribute("service", rights.currentService(user.alliance(), id).orElse(null));
    model.addAttribute("mayChange", user.is(Role.ADMIN) || user.is(Role.MANAGER));
    model.addAttribute("errors", errors);
    return "workforce/rota-right";
  }

  @PostMapping("/people/{id}/rota-right")
  String grant(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
      RedirectAttributes redirect) {
    try {
      rights.grant(user, id);
      redirect.addFlashAttribute("success", "They can now see and help manage the rota where they live");
      return "redirect:/people/" + id + "/rota-right";
    } catch (Refused e) {
      return show(user, id, model, FormErrors.of(e));
    }
  }

  @PostMapping("/people/{id}/rota-right/{rightId}/revoke")
  String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID rightId,
      @RequestParam(required = false) @Nullable String reason, Model model, RedirectAttributes redirect) {
    try {
      rights.revoke(user, id, rightId, reason);
      redirect.addFlashAttribute("success", "The right to help manage the rota is taken away");
      return "redirect:/people/" + id + "/rota-right";
    } catch (Refused e) {
      return show(user, id, model, FormErrors.of(e));
    }
  }
}
