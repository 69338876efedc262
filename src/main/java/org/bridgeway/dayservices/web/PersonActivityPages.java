package org.bridgeway.dayservices.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.dayservices.DayServiceRegistrations;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.Registration;
import org.bridgeway.people.People;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a person attends, on their record: registrations with day services, and the sessions they came to. */
@Controller
class PersonActivityPages {

  private final DayServices dayServices;
  private final DayServiceRegistrations registrations;
  private final People people;

  PersonActivityPages(DayServices dayServices, DayServiceRegistrations registrations, People people) {
    this.dayServices = dayServices;
    this.registrations = registrations;
    this.people = people;
  }

  @GetMapping("/people/{id}/activities")
  String activities(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    var d = dayServices.today();
    return page(user, id, model, new RegistrationForm(null, String.valueOf(d.getDayOfMonth()),
        String.valueOf(d.getMonthValue()), String.valueOf(d.getYear()), null, null, null, null), Map.of());
  }

  @PostMapping("/people/{id}/activities/registrations")
  String register(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute RegistrationForm form, Model model, RedirectAttributes redirect) {
    try {
      UUID service = form.serviceId() == null || form.serviceId().isBlank() ? null : UUID.fromString(form.serviceId());
      if (service == null) {
        throw new InvalidInput(List.of(new FieldProblem("serviceId", "Choose the service")));
      }
      var start = DateParts.parse(form.startDateDay(), form.startDateMonth(), form.startDateYear()).orElse(null);
      if (start == null) {
        throw new InvalidInput(List.of(new FieldProblem("startDate", "Enter a real date, like 10 5 2026")));
      }
      registrations.registerPerson(user, service, id, start);
      redirect.addFlashAttribute("success", "Registered");
      return "redirect:/people/" + id + "/activities";
    } catch (InvalidInput | Refused e) {
      return page(user, id, model, form, FormErrors.of(e));
    }
  }

  @PostMapping("/people/{id}/activities/registrations/{registrationId}/end")
  String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID registrationId,
      @ModelAttribute RegistrationForm form, Model model, RedirectAttributes redirect) {
    try {
      var end = DateParts.parse(form.endDateDay(), form.endDateMonth(), form.endDateYear()).orElse(null);
      Registration ended = registrations.endRegistration(user, registrationId, end, form.endReason());
      if (!people.mayOpen(user, id)) {
        // The registration was what let the worker open the record: back to the service instead.
        redirect.addFlashAttribute("success", "Registration ended: " + ended.personName() + " is no longer"
            + " registered with " + ended.serviceName());
        return "redirect:/day-services/" + ended.serviceId();
      }
      redirect.addFlashAttribute("success", "Registration ended");
      return "redirect:/people/" + id + "/activities";
    } catch (InvalidInput | Refused | EditConflict e) {
      return page(user, id, model, form, FormErrors.of(e));
    }
  }

  private String page(CurrentUser user, UUID id, Model model, RegistrationForm form, Map<String, String> errors) {
    model.addAttribute("person", people.identify(user, id));
    model.addAttribute("registrations", registrations.registrationsOf(user, id));
    model.addAttribute("attended", dayServices.attendedBy(user, id));
    Map<String, String> options = new java.util.LinkedHashMap<>();
    for (ServiceRecord s : dayServices.services(user)) {
      if (dayServices.mayRun(user, s.id())) {
        options.put(s.id().toString(), s.name());
      }
    }
    model.addAttribute("services", options);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "dayservices/person";
  }

  record RegistrationForm(@Nullable String serviceId, @Nullable String startDateDay,
      @Nullable String startDateMonth, @Nullable String startDateYear, @Nullable String endDateDay,
      @Nullable String endDateMonth, @Nullable String endDateYear, @Nullable String endReason) {}
}
