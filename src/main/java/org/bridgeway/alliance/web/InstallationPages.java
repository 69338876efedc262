package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.access.AccountException;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.NewAlliance;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The installation administrator's pages: the alliances, and creating one with its first administrator. */
@Controller
class InstallationPages {

  private final Alliances alliances;

  InstallationPages(Alliances alliances) {
    this.alliances = alliances;
  }

  @GetMapping("/installation/alliances")
  String list(Model model) {
    model.addAttribute("alliances", alliances.all());
    return "installation/alliances";
  }

  @GetMapping("/installation/alliances/new")
  String newAlliance(Model model) {
    return form(model, AllianceForm.blank(), Map.of());
  }

  @PostMapping("/installation/alliances")
  String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute AllianceForm form, Model model,
      RedirectAttributes redirect) {
    try {
      List<FieldProblem> problems = new ArrayList<>();
      NewAlliance alliance = form.alliance(problems);
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
      alliances.create(user, alliance);
      redirect.addFlashAttribute("success", alliance.name().trim() + " created. "
          + alliance.adminName().trim() + " can now sign in as " + alliance.adminUsername().trim().toLowerCase());
      return "redirect:/installation/alliances";
    } catch (InvalidInput | Refused e) {
      return form(model, new AllianceForm(form.name(), form.shortName(), form.standardWeekHours(), form.adminName(),
          form.adminUsername(), null), FormErrors.of(e));
    }
  }

  private static String form(Model model, AllianceForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "installation/alliance-form";
  }
}
