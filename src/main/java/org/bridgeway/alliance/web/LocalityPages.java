package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.Locality;
import org.bridgeway.alliance.LocalityDetails;
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

/** The pages to list, add and change the localities of the alliance's area. */
@Controller
class LocalityPages {

  private final Localities localities;

  LocalityPages(Localities localities) {
    this.localities = localities;
  }

  /** The locality form as typed; an unticked box sends nothing, which means no. */
  record LocalityForm(@Nullable String name, @Nullable Boolean pilotArea) {

    LocalityDetails details() {
      return new LocalityDetails(name, Boolean.TRUE.equals(pilotArea));
    }
  }

  @GetMapping("/admin/localities")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("localities", localities.all(user.alliance()));
    return "admin/localities";
  }

  @GetMapping("/admin/localities/new")
  String newLocality(Model model) {
    return form(model, new LocalityDetails(null, false), Map.of(), null, null);
  }

  @PostMapping("/admin/localities")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute LocalityForm form, Model model,
      RedirectAttributes redirect) {
    LocalityDetails details = form.details();
    try {
      localities.add(user, details);
      redirect.addFlashAttribute("success", details.name().trim() + " added");
      return "redirect:/admin/localities";
    } catch (InvalidInput | Refused e) {
      return form(model, details, FormErrors.of(e), null, null);
    }
  }

  @GetMapping("/admin/localities/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Locality locality = localities.get(user.alliance(), id);
    return form(model, new LocalityDetails(locality.name(), locality.pilotArea()), Map.of(), id,
        locality.version());
  }

  @PostMapping("/admin/localities/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute LocalityForm form, @RequestParam int version, Model model,
      RedirectAttributes redirect) {
    LocalityDetails details = form.details();
    try {
      localities.change(user, id, details, version);
      redirect.addFlashAttribute("success", "Changes to " + details.name().trim() + " saved");
      return "redirect:/admin/localities";
    } catch (InvalidInput | Refused | EditConflict e) {
      return form(model, details, FormErrors.of(e), id, localities.get(user.alliance(), id).version());
    }
  }

  private static String form(Model model, LocalityDetails details, Map<String, String> errors,
      @Nullable UUID id, @Nullable Integer version) {
    model.addAttribute("form", details);
    model.addAttribute("errors", errors);
    model.addAttribute("id", id);
    model.addAttribute("version", version);
    return "admin/locality-form";
  }
}
