package org.bridgeway.work.web;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.work.PersonWork;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The person's own page about their work, learning and volunteering, in plain words. */
@Controller
class MyWorkPages {

  private final PersonWork work;

  MyWorkPages(PersonWork work) {
    this.work = work;
  }

  @GetMapping("/me/work")
  String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("work", work.mine(user));
    return "work/mine";
  }
}
