package org.bridgeway.dayservices.web;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.dayservices.MyActivities;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The person's own view of the groups and drop-ins they go to. */
@Controller
class MyActivitiesPages {

  private final MyActivities mine;

  MyActivitiesPages(MyActivities mine) {
    this.mine = mine;
  }

  @GetMapping("/me/activities")
  String mine(@AuthenticationPrincipal CurrentUser me, Model model) {
    model.addAttribute("registrations", mine.registrations(me));
    model.addAttribute("sessions", mine.sessions(me));
    model.addAttribute("attended", mine.attendance(me));
    model.addAttribute("today", mine.today());
    return "dayservices/mine";
  }
}
