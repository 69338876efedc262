package org.bridgeway.dayservices.web;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.dayservices.DayServices;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The person's own view of the groups and drop-ins they go to. */
@Controller
class MyActivitiesPages {

  private final DayServices dayServices;

  MyActivitiesPages(DayServices dayServices) {
    this.dayServices = dayServices;
  }

  @GetMapping("/me/activities")
  String mine(@AuthenticationPrincipal CurrentUser me, Model model) {
    model.addAttribute("registrations", dayServices.myRegistrations(me));
    model.addAttribute("sessions", dayServices.mySessions(me));
    model.addAttribute("attended", dayServices.myAttendance(me));
    model.addAttribute("today", dayServices.today());
    return "dayservices/mine";
  }
}
