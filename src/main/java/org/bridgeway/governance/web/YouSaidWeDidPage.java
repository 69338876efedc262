package org.bridgeway.governance.web;

import org.bridgeway.governance.ForumActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public "you said, we did" page of an alliance, open without signing in: what people said at the forum and
 * what was done about it. It names no one.
 */
@Controller
class YouSaidWeDidPage {

  private final ForumActions actions;

  YouSaidWeDidPage(ForumActions actions) {
    this.actions = actions;
  }

  @GetMapping("/you-said-we-did/{allianceShortName}")
  String page(@PathVariable String allianceShortName, @RequestParam(defaultValue = "0") int page, Model model) {
    ForumActions.PublicPage found = actions.youSaidWeDid(allianceShortName, page);
    model.addAttribute("page", found);
    model.addAttribute("pageLink", "/you-said-we-did/" + found.shortName() + "?");
    return "governance/you-said-we-did";
  }
}
