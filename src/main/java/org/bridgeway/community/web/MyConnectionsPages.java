package org.bridgeway.community.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.community.CommunityDirectory;
import org.bridgeway.community.Connection;
import org.bridgeway.community.Connections;
import org.bridgeway.community.EndingRefused;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.FormPosts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own connections: where they go and what they do, adding one themselves, and saying how one is
 * going. There is no way here to end a connection: that is for their worker, and an end sent anyway is refused
 * with 403 and said in plain words ({@link EndingRefused}).
 */
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
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      return FormPosts.submit(() -> connections.addMine(user, form.connection()), "/me/connections",
          "Thank you. It has been added to your list, and your team can see it.", redirect,
          e -> page(user, model, form, FormErrors.of(e)));
    } catch (EndingRefused e) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return page(user, model, form, Map.of("resourceId", e.getMessage()));
    }
  }

  @GetMapping("/me/connections/{connectionId}")
  String connection(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID connectionId, Model model) {
    Connection connection = connections.getMine(user, connectionId);
    return connectionPage(model, connection, ConnectionForm.of(connection), Map.of());
  }

  @PostMapping("/me/connections/{connectionId}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID connectionId,
      @ModelAttribute ConnectionForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      return FormPosts.submit(() -> connections.changeMine(user, connectionId,
              form.version() == null ? -1 : form.version(), form.change()), "/me/connections",
          "Thank you. Your team can see how it is going.", redirect, e -> {
            Connection current = connections.getMine(user, connectionId);
            return connectionPage(model, current, e instanceof EditConflict ? ConnectionForm.of(current) : form,
                FormErrors.of(e));
          });
    } catch (EndingRefused e) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      Connection current = connections.getMine(user, connectionId);
      return connectionPage(model, current, ConnectionForm.of(current), Map.of("progress", e.getMessage()));
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

  private String connectionPage(Model model, Connection connection, ConnectionForm form, Map<String, String> errors) {
    model.addAttribute("connection", connection);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("progresses", ConnectionForm.progresses());
    return "community/my-connection";
  }
}
