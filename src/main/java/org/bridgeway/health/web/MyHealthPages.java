package org.bridgeway.health.web;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.health.MyHealth;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The person's own health checks, in plain words. */
@Controller
class MyHealthPages {

  private final MyHealth myHealth;

  MyHealthPages(MyHealth myHealth) {
    this.myHealth = myHealth;
  }

  @GetMapping("/me/health")
  String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("health", myHealth.mine(user));
    return "health/mine";
  }
}
