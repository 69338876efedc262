package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.AllianceSummary;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alliance administrator's overview of the set-up, and the alliance's standard week. */
@Controller
class SetUpController {

  private final Alliances alliances;
  private final Ladders ladders;

  SetUpController(Alliances alliances, Ladders ladders) {
    this.alliances = alliances;
    this.ladders = ladders;
  }

  @GetMapping("/admin")
  String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
    AllianceSummary alliance = alliances.get(user.alliance());
    return page(user, model, new StandardWeekForm(alliance.standardWeekHours().toPlainString()), Map.of(),
        alliance.version());
  }

  @PostMapping("/admin/standard-week")
  String changeStandardWeek(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "") String standardWeekHours, @RequestParam int version, Model model,
      RedirectAttributes redirect) {
    StandardWeekForm form = new StandardWeekForm(standardWeekHours);
    try {
      alliances.changeStandardWeek(user, form.hours(), version);
      redirect.addFlashAttribute("success", "Standard week saved: " + form.hours().toPlainString() + " hours");
      return "redirect:/admin";
    } catch (InvalidInput | Refused | EditConflict e) {
      return page(user, model, form, FormErrors.of(e), alliances.get(user.alliance()).version());
    }
  }

  private String page(CurrentUser user, Model model, StandardWeekForm form, Map<String, String> errors,
      int version) {
    model.addAttribute("counts", alliances.counts(user.alliance()));
    model.addAttribute("ladderKinds", ladders.of(user.alliance()).kinds().size());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("version", version);
    return "admin/overview";
  }

  /** The standard week as typed. */
  record StandardWeekForm(String standardWeekHours) {

    BigDecimal hours() {
      List<FieldProblem> problems = new ArrayList<>();
      BigDecimal hours = Parse.value(problems, "standardWeekHours", standardWeekHours, BigDecimal::new,
          "Enter the hours of a standard week as a number, like 37.5");
      if (hours == null && problems.isEmpty()) {
        problems.add(new FieldProblem("standardWeekHours", "Enter the hours of a standard week"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
      return hours;
    }
  }
}
