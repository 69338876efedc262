package org.bridgeway.people.web;

import org.bridgeway.shared.FormErrors;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.Codes;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.people.PersonSummary;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages to find a person, see their record, and add or change it. */
@Controller
class PeopleController {

  static final int PAGE_SIZE = 20;

  private final People people;

  PeopleController(People people) {
    this.people = people;
  }

  @GetMapping("/people")
  String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("q", q);
    var results = people.find(user, q, page, PAGE_SIZE);
    model.addAttribute("results", results);
    model.addAttribute("openable", results.items().stream().map(PersonSummary::id)
        .filter(id -> people.mayOpen(user, id)).collect(java.util.stream.Collectors.toSet()));
    return "people/search";
  }

  @GetMapping("/people/new")
  String newPerson(Model model) {
    return form(model, PersonDetails.blank(), Map.of(), null);
  }

  @PostMapping("/people")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute PersonDetails details, Model model,
      RedirectAttributes redirect) {
    try {
      UUID id = people.add(user, details);
      String name = details.givenName().trim() + " " + details.familyName().trim();
      if (!people.mayOpen(user, id)) {
        redirect.addFlashAttribute("success", "Record added for " + name + ". It opens to the people on their "
            + "care team, and to the services and panel they are referred to.");
        return "redirect:/people";
      }
      redirect.addFlashAttribute("success", "Record added for " + name);
      return "redirect:/people/" + id;
    } catch (InvalidInput e) {
      return form(model, details, FormErrors.of(e), null);
    }
  }

  @GetMapping("/people/{id}")
  String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("person", people.read(user, id));
    return "people/record";
  }

  @GetMapping("/people/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    PersonRecord person = people.read(user, id);
    model.addAttribute("person", person);
    return form(model, person.details(), Map.of(), person.version());
  }

  @PostMapping("/people/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute PersonDetails details, @RequestParam int version, Model model, RedirectAttributes redirect) {
    try {
      people.change(user, id, details, version);
      redirect.addFlashAttribute("success", "Changes saved");
      return "redirect:/people/" + id;
    } catch (InvalidInput e) {
      model.addAttribute("person", people.read(user, id));
      return form(model, details, FormErrors.of(e), version);
    } catch (EditConflict e) {
      PersonRecord latest = people.read(user, id);
      model.addAttribute("person", latest);
      model.addAttribute("latest", latest);
      return form(model, details, Map.of("conflict", e.getMessage()), latest.version());
    }
  }

  private static String form(Model model, PersonDetails details, Map<String, String> errors, Integer version) {
    model.addAttribute("form", details);
    model.addAttribute("errors", errors);
    model.addAttribute("version", version);
    model.addAttribute("genders", Codes.GENDER);
    model.addAttribute("ethnicities", Codes.ETHNICITY);
    model.addAttribute("fundings", Codes.FUNDING);
    model.addAttribute("legalStatuses", Codes.LEGAL_STATUS);
    return "people/form";
  }
}
