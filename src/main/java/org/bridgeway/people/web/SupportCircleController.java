package org.bridgeway.people.web;

import org.bridgeway.shared.FormErrors;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.Codes;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.people.SupportContact;
import org.bridgeway.people.SupportContactDetails;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding someone to a person's circle of support, and removing them with a reason. */
@Controller
class SupportCircleController {

  private final People people;

  SupportCircleController(People people) {
    this.people = people;
  }

  @GetMapping("/people/{id}/support-circle/new")
  String newContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return form(model, people.read(user, id), new SupportContactDetails(null, null, false, null, null), Map.of());
  }

  @PostMapping("/people/{id}/support-circle")
  String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute SupportContactDetails contact, Model model, RedirectAttributes redirect) {
    try {
      people.addToSupportCircle(user, id, contact);
      redirect.addFlashAttribute("success", contact.name().trim() + " added to the circle of support");
      return "redirect:/people/" + id + "#support-circle";
    } catch (InvalidInput e) {
      return form(model, people.read(user, id), contact, FormErrors.of(e));
    }
  }

  @GetMapping("/people/{id}/support-circle/{contactId}/remove")
  String confirmRemove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID contactId, Model model) {
    PersonRecord person = people.read(user, id);
    model.addAttribute("person", person);
    model.addAttribute("contact", current(person, contactId));
    model.addAttribute("errors", Map.of());
    model.addAttribute("form", Map.of("reason", ""));
    return "people/support-contact-remove";
  }

  @PostMapping("/people/{id}/support-circle/{contactId}/remove")
  String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID contactId,
      @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
    try {
      people.removeFromSupportCircle(user, id, contactId, reason);
      redirect.addFlashAttribute("success", "Removed from the circle of support. The entry stays on record.");
      return "redirect:/people/" + id + "#support-circle";
    } catch (InvalidInput e) {
      PersonRecord person = people.read(user, id);
      model.addAttribute("person", person);
      model.addAttribute("contact", current(person, contactId));
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("form", Map.of("reason", reason));
      return "people/support-contact-remove";
    }
  }

  private static SupportContact current(PersonRecord person, UUID contactId) {
    return person.currentSupportCircle().stream().filter(c -> c.id().equals(contactId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Support contact"));
  }

  private static String form(Model model, PersonRecord person, SupportContactDetails contact,
      Map<String, String> errors) {
    model.addAttribute("person", person);
    model.addAttribute("form", contact);
    model.addAttribute("errors", errors);
    model.addAttribute("relationships", Codes.RELATIONSHIP);
    return "people/support-contact-form";
  }
}
