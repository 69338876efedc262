package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.Locality;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
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

/** The pages to list the alliance's services by ladder level, see one, and add or change one. */
@Controller
class ServicePages {

  private final Services services;
  private final Organisations organisations;
  private final Localities localities;
  private final Ladders ladders;

  ServicePages(Services services, Organisations organisations, Localities localities, Ladders ladders) {
    this.services = services;
    this.organisations = organisations;
    this.localities = localities;
    this.ladders = ladders;
  }

  /** Services under one heading of the list. */
  record ServiceGroup(String heading, List<ServiceRecord> services) {}

  @GetMapping("/admin/services")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("groups", groups(services.all(user.alliance()), ladders.of(user.alliance())));
    return "admin/services";
  }

  /**
   * Each kind on the alliance's ladder with services, most restrictive first, then hospital and crisis
   * services, then teams and day services.
   */
  static List<ServiceGroup> groups(List<ServiceRecord> all, Ladder ladder) {
    List<ServiceGroup> groups = new ArrayList<>();
    for (ServiceKind kind : ladder.kinds()) {
      group(groups, "Level " + ladder.level(kind).getAsInt() + ": " + kind.label(),
          all.stream().filter(s -> s.kind() == kind).toList());
    }
    group(groups, "Hospital and crisis", all.stream().filter(s -> s.kind().hospital()).toList());
    group(groups, "Teams and day services",
        all.stream().filter(s -> !ladder.onLadder(s.kind()) && !s.kind().hospital()).toList());
    return groups;
  }

  private static void group(List<ServiceGroup> groups, String heading, List<ServiceRecord> services) {
    if (!services.isEmpty()) {
      groups.add(new ServiceGroup(heading, services));
    }
  }

  @GetMapping("/admin/services/{id}")
  String service(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return OpeningTimePages.page(model, services.get(user.alliance(), id), ladders.of(user.alliance()),
        OpeningTimePages.OpeningForm.blank(), Map.of());
  }

  @GetMapping("/admin/services/new")
  String newService(@AuthenticationPrincipal CurrentUser user, Model model) {
    return form(user, model, ServiceForm.blank(), Map.of(), null);
  }

  @PostMapping("/admin/services")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ServiceForm form, Model model,
      RedirectAttributes redirect) {
    try {
      UUID id = services.add(user, details(form));
      redirect.addFlashAttribute("success", form.name().trim() + " added");
      return "redirect:/admin/services/" + id;
    } catch (InvalidInput | Refused e) {
      return form(user, model, form, FormErrors.of(e, ServiceForm.FORM_NAMES), null);
    }
  }

  @GetMapping("/admin/services/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    ServiceRecord service = services.get(user.alliance(), id);
    return form(user, model, ServiceForm.of(service), Map.of(), service);
  }

  @PostMapping("/admin/services/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute ServiceForm form,
      @RequestParam int version, Model model, RedirectAttributes redirect) {
    try {
      services.change(user, id, details(form), version);
      redirect.addFlashAttribute("success", "Changes saved");
      return "redirect:/admin/services/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      return form(user, model, form, FormErrors.of(e, ServiceForm.FORM_NAMES), services.get(user.alliance(), id));
    }
  }

  /** The command from the form; unreadable values are refused together with the command's own problems. */
  private static ServiceDetails details(ServiceForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    return Parse.readable(problems, form.details(problems), ServiceDetails::problems);
  }

  private String form(CurrentUser user, Model model, ServiceForm form, Map<String, String> errors,
      @Nullable ServiceRecord service) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("service", service);
    model.addAttribute("version", service == null ? null : service.version());
    model.addAttribute("organisations",
        Options.of(organisations.all(user.alliance()), Organisation::id, Organisation::name));
    model.addAttribute("localities", Options.of(localities.all(user.alliance()), Locality::id, Locality::name));
    model.addAttribute("kinds", Options.serviceKinds(ladders.of(user.alliance())));
    model.addAttribute("capacityUnits", Options.capacityUnits());
    model.addAttribute("stayUnits", Options.stayUnits());
    return "admin/service-form";
  }
}
