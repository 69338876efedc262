package org.bridgeway.community.web;

import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.community.CommunityDirectory;
import org.bridgeway.community.Connections;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own connections: where they go and what they do, and adding one themselves. */
@Controller
class MyConnectionsPages {

  private final Connections connections;
  private final CommunityDirectory directory;

  MyConnectionsPages(Connections connections, CommunityDirectory directory) {
    this.connections = connections;
    this.directory = directory;
  }

  @GetMapping("/me/connections")
  String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
    return page(user, model, ConnectionForm.startingOn(connections.today()), Map.of());
  }

  @PostMapping("/me/connections")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ConnectionForm form, Model model,
      RedirectAttributes redirect) {
    try {
      connections.addMine(user, form.connection());
      redirect.addFlashAttribute("success", "Thank you. It has been added to your list, and your team can see it.");
      return "redirect:/me/connections";
    } catch (InvalidInput | Refused e) {
      return page(user, model, form, FormErrors.of(e));
    }
  }

  private String page(CurrentUser user, Model model, ConnectionForm form, Map<String, String> errors) {
    var all = connections.mine(user);
    var choices = directory.choices(user);
    model.addAttribute("current", all.stream().filter(c -> c.end() == null || c.end().isAfter(connections.today())).toList());
    model.addAttribute("past", all.stream().filter(c -> c.end() != null && !c.end().isAfter(connections.today())).toList());
    model.addAttribute("directory", choices);
    model.addAttribute("resources", ConnectionForm.choices(choices));
    model.addAttribute("kinds", ResourceForm.kinds());
    model.addAttribute("progresses", ConnectionForm.progresses());
    model.addAttribute("days", ResourceForm.days());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "community/mine";
  }
}
