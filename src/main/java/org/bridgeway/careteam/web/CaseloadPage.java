package org.bridgeway.careteam.web;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.careteam.CareTeams;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My caseload": the people whose team the signed-in worker is on today, each linking to their record. */
@Controller
class CaseloadPage {

  static final int PAGE_SIZE = 25;

  private final CareTeams teams;

  CaseloadPage(CareTeams teams) {
    this.teams = teams;
  }

  @GetMapping("/caseload")
  String caseload(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("caseload", teams.caseload(user, page, PAGE_SIZE));
    return "careteam/caseload";
  }
}
