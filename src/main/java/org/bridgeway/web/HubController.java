package org.bridgeway.web;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A part of Bridgeway: its pages that the user's role may open, each with what it is for. */
@Controller
class HubController {

  @GetMapping("/hub/{path}")
  String hub(@AuthenticationPrincipal CurrentUser user, @PathVariable String path, Model model) {
    Hub hub = Hub.at(path).filter(h -> HubLinks.anyFor(h, user.role()))
        .orElseThrow(() -> new RecordNotFound("Page"));
    model.addAttribute("hub", hub);
    model.addAttribute("links", HubLinks.in(hub, user.role()));
    return "hub";
  }
}
