package org.bridgeway.web;

import java.time.Clock;
import java.time.LocalDate;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.WorkforceReport;
import org.bridgeway.people.People;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: what they come to Bridgeway for, one click away. */
@Controller
class HomeController {

  private final Alliances alliances;
  private final Organisations organisations;
  private final WorkforceReport workforce;
  private final People people;
  private final Clock clock;

  HomeController(Alliances alliances, Organisations organisations, WorkforceReport workforce, People people,
      Clock clock) {
    this.alliances = alliances;
    this.organisations = organisations;
    this.workforce = workforce;
    this.people = people;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal CurrentUser user, Model model) {
    if (user.role() == Role.PERSON && user.personId() != null) {
      return "redirect:/me";
    }
    switch (user.role()) {
      case INSTALLATION_ADMIN -> model.addAttribute("alliances", alliances.all());
      case ADMIN, COMMISSIONER, MANAGER -> {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("organisations", organisations.all(user.alliance()).size());
        model.addAttribute("workforce", workforce.on(user.alliance(), today, null));
        model.addAttribute("peopleOnRecord", SmallNumbers.suppress(people.count(user.alliance())));
      }
      default -> { }
    }
    if (user.allianceId() != null) {
      model.addAttribute("youSaidWeDid", "/you-said-we-did/" + alliances.shortName(user.allianceId()));
    }
    return "home";
  }
}
