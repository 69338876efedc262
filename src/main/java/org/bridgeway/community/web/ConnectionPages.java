package org.bridgeway.community.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.community.CommunityDirectory;
import org.bridgeway.community.Connection;
import org.bridgeway.community.Connections;
import org.bridgeway.people.People;
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

/** A person's community connections for their workers: the list, adding one, and how one is going or its end. */
@Controller
class ConnectionPages {

  private final Connections connections;
  private final CommunityDirectory directory;
  private final People people;

  ConnectionPages(Connections connections, CommunityDirectory directory, People people) {
    this.connections = connections;
    this.directory = directory;
    this.people = people;
  }

  @GetMapping("/people/{id}/connections")
  String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    var all = connections.of(user, id);
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("current", all.stream().filter(c -> c.end() == null || c.end().isAfter(connections.today())).toList());
    model.addAttribute("past", all.stream().filter(c -> c.end() != null && !c.end().isAfter(connections.today())).toList());
    return "community/connections";
  }

  @GetMapping("/people/{id}/connections/new")
  String newConnection(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return form(user, id, model, ConnectionForm.startingOn(connections.today()), Map.of());
  }

  @PostMapping("/people/{id}/connections")
  String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute ConnectionForm form,
      Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> connections.add(user, id, form.connection()), "/people/" + id + "/connections",
        "Connection added", redirect, e -> form(user, id, model, form, FormErrors.of(e)));
  }

  @GetMapping("/people/{id}/connections/{connectionId}")
  String connection(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID connectionId, Model model) {
    Connection connection = connections.get(user, id, connectionId);
    return page(user, id, model, connection, ConnectionForm.of(connection), Map.of());
  }

  @PostMapping("/people/{id}/connections/{connectionId}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID connectionId,
      @ModelAttribute ConnectionForm form, Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> connections.change(user, id, connectionId,
            form.version() == null ? -1 : form.version(), form.change()), "/people/" + id + "/connections",
        "Connection updated", redirect, e -> {
          Connection current = connections.get(user, id, connectionId);
          ConnectionForm kept = e instanceof EditConflict ? ConnectionForm.of(current) : form;
          return page(user, id, model, current, kept, FormErrors.of(e));
        });
  }

  private String form(CurrentUser user, UUID id, Model model, ConnectionForm form, Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("resources", ConnectionForm.choices(directory.choices(user)));
    model.addAttribute("kinds", ResourceForm.kinds());
    model.addAttribute("progresses", ConnectionForm.progresses());
    return "community/connection-form";
  }

  private String page(CurrentUser user, UUID id, Model model, Connection connection, ConnectionForm form,
      Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("connection", connection);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("progresses", ConnectionForm.progresses());
    return "community/connection";
  }
}
