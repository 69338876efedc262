package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.NewOpeningTime;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing the opening times of a drop-in or day service, on the service's own page. */
@Controller
class OpeningTimePages {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private final Services services;
  private final Ladders ladders;

  OpeningTimePages(Services services, Ladders ladders) {
    this.services = services;
    this.ladders = ladders;
  }

  /** An opening time as typed: the day's number (Monday is 1) and times like 9:30 or 16:00. */
  record OpeningForm(@Nullable String day, @Nullable String opens, @Nullable String closes) {

    static OpeningForm blank() {
      return new OpeningForm(null, null, null);
    }

    NewOpeningTime time() {
      List<FieldProblem> problems = new ArrayList<>();
      NewOpeningTime time = new NewOpeningTime(
          Parse.value(problems, "day", day, d -> DayOfWeek.of(Integer.parseInt(d)), "Select the day of the week"),
          Parse.value(problems, "opens", opens, OpeningTimePages::time, "Enter the opening time, like 09:30"),
          Parse.value(problems, "closes", closes, OpeningTimePages::time, "Enter the closing time, like 16:00"));
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
      return time;
    }
  }

  @PostMapping("/admin/services/{id}/opening-times")
  String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute OpeningForm form,
      Model model, RedirectAttributes redirect) {
    try {
      services.addOpeningTime(user, id, form.time());
      redirect.addFlashAttribute("success", "Opening time added");
      return "redirect:/admin/services/" + id + "#opening-times";
    } catch (InvalidInput | Refused e) {
      return page(model, services.get(user.alliance(), id), ladders.of(user.alliance()), form, FormErrors.of(e));
    }
  }

  @PostMapping("/admin/services/{id}/opening-times/{openingTimeId}/remove")
  String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID openingTimeId,
      RedirectAttributes redirect) {
    services.removeOpeningTime(user, id, openingTimeId);
    redirect.addFlashAttribute("success", "Opening time removed");
    return "redirect:/admin/services/" + id + "#opening-times";
  }

  static String page(Model model, ServiceRecord service, Ladder ladder, OpeningForm form,
      Map<String, String> errors) {
    model.addAttribute("service", service);
    model.addAttribute("ladderLevel", ladder.level(service.kind()).isPresent()
        ? ladder.level(service.kind()).getAsInt() : null);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("days", Options.days());
    return "admin/service";
  }

  private static LocalTime time(String typed) {
    return LocalTime.parse(typed.replace('.', ':'), TIME);
  }
}
