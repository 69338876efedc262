package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.OrganisationDetails;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.shared.EditConflict;
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

/** The pages to list, add and change the alliance's partner organisations. */
@Controller
class OrganisationPages {

  private final Organisations organisations;

  OrganisationPages(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping("/admin/organisations")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("organisations", organisations.all(user.alliance()));
    return "admin/organisations";
  }

  @GetMapping("/admin/organisations/new")
  String newOrganisation(Model model) {
    return form(model, new OrganisationDetails(null, null, null), Map.of(), null, null);
  }

  @PostMapping("/admin/organisations")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute OrganisationDetails details, Model model,
      RedirectAttributes redirect) {
    try {
      organisations.add(user, details);
      redirect.addFlashAttribute("success", details.name().trim() + " added");
      return "redirect:/admin/organisations";
    } catch (InvalidInput | Refused e) {
      return form(model, details, FormErrors.of(e), null, null);
    }
  }

  @GetMapping("/admin/organisations/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Organisation organisation = organisations.get(user.alliance(), id);
    return form(model, new OrganisationDetails(organisation.name(), organisation.sector(), organisation.odsCode()),
        Map.of(), id, organisation.version());
  }

  @PostMapping("/admin/organisations/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute OrganisationDetails details, @RequestParam int version, Model model,
      RedirectAttributes redirect) {
    try {
      organisations.change(user, id, details, version);
      redirect.addFlashAttribute("success", "Changes to " + details.name().trim() + " saved");
      return "redirect:/admin/organisations";
    } catch (InvalidInput | Refused | EditConflict e) {
      return form(model, details, FormErrors.of(e), id, organisations.get(user.alliance(), id).version());
    }
  }

  private static String form(Model model, OrganisationDetails details, Map<String, String> errors,
      @Nullable UUID id, @Nullable Integer version) {
    model.addAttribute("form", details);
    model.addAttribute("errors", errors);
    model.addAttribute("id", id);
    model.addAttribute("version", version);
    model.addAttribute("sectors", Options.sectors());
    return "admin/organisation-form";
  }
}
