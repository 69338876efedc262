package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Team;
import org.bridgeway.alliance.TeamDetails;
import org.bridgeway.alliance.Teams;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages to list, add and change the alliance's teams. */
@Controller
class TeamPages {

  private final Teams teams;
  private final Organisations organisations;

  TeamPages(Teams teams, Organisations organisations) {
    this.teams = teams;
    this.organisations = organisations;
  }

  @GetMapping("/admin/teams")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("teams", teams.all(user.alliance()));
    return "admin/teams";
  }

  @GetMapping("/admin/teams/new")
  String newTeam(@AuthenticationPrincipal CurrentUser user, Model model) {
    return form(user, model, new TeamDetails(null, null, null), Map.of(), null, null);
  }

  @PostMapping("/admin/teams")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute TeamDetails details, Model model,
      RedirectAttributes redirect) {
    try {
      teams.add(user, details);
      redirect.addFlashAttribute("success", details.name().trim() + " added");
      return "redirect:/admin/teams";
    } catch (InvalidInput | Refused e) {
      return form(user, model, details, FormErrors.of(e), null, null);
    }
  }

  @GetMapping("/admin/teams/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Team team = teams.get(user.alliance(), id);
    return form(user, model, new TeamDetails(team.organisationId(), team.name(), team.teamType()), Map.of(), id,
        team.version());
  }

  @PostMapping("/admin/teams/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute TeamDetails details, @RequestParam int version, Model model, RedirectAttributes redirect) {
    try {
      teams.change(user, id, details, version);
      redirect.addFlashAttribute("success", "Changes to " + details.name().trim() + " saved");
      return "redirect:/admin/teams";
    } catch (InvalidInput | Refused | EditConflict e) {
      return form(user, model, details, FormErrors.of(e), id, teams.get(user.alliance(), id).version());
    }
  }

  private String form(CurrentUser user, Model model, TeamDetails details, Map<String, String> errors,
      @Nullable UUID id, @Nullable Integer version) {
    model.addAttribute("form", details);
    model.addAttribute("errors", errors);
    model.addAttribute("id", id);
    model.addAttribute("version", version);
    model.addAttribute("organisations",
        Options.of(organisations.all(user.alliance()), Organisation::id, Organisation::name));
    model.addAttribute("teamTypes", Options.teamTypes());
    return "admin/team-form";
  }
}
