package org.bridgeway.careteam.web;

import org.bridgeway.shared.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.careteam.CareTeam;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.TeamMember;
import org.bridgeway.people.People;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team around a person: who is on it and who has left, adding someone, ending a membership, a new key worker. */
@Controller
class CareTeamPages {

  private final CareTeams teams;
  private final People people;
  private final Staff staff;
  private final Clock clock;

  CareTeamPages(CareTeams teams, People people, Staff staff, Clock clock) {
    this.teams = teams;
    this.people = people;
    this.staff = staff;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/team")
  String team(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("team", teams.team(user, id));
    return "careteam/team";
  }

  @GetMapping("/people/{id}/team/add")
  String addForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return memberForm(user, id, model, TeamForm.startingToday(today()), Map.of(), false);
  }

  @PostMapping("/people/{id}/team")
  String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute TeamForm form,
      Model model, RedirectAttributes redirect) {
    try {
      teams.add(user, id, form.member());
      redirect.addFlashAttribute("success", "Added to the team");
      return "redirect:/people/" + id + "/team";
    } catch (InvalidInput | Refused e) {
      return memberForm(user, id, model, form, FormErrors.of(e), false);
    }
  }

  @GetMapping("/people/{id}/team/key-worker")
  String keyWorkerForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    TeamForm form = TeamForm.startingToday(today()).withVersion(keyWorker(user, id).version());
    return memberForm(user, id, model, form, Map.of(), true);
  }

  @PostMapping("/people/{id}/team/key-worker")
  String changeKeyWorker(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute TeamForm form, Model model, RedirectAttributes redirect) {
    try {
      TeamMember current = keyWorker(user, id);
      teams.changeKeyWorker(user, id, form.member(), form.versionOr(current.version()), form.reasonText());
      redirect.addFlashAttribute("success", "Key worker changed");
      return "redirect:/people/" + id + "/team";
    } catch (InvalidInput | Refused | EditConflict e) {
      return memberForm(user, id, model, form, FormErrors.of(e), true);
    }
  }

  @GetMapping("/people/{id}/team/{memberId}/end")
  String endForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId,
      Model model) {
    TeamMember member = current(user, id, memberId);
    return endForm(user, id, model, member, TeamForm.leavingToday(today(), member.version()), Map.of());
  }

  @PostMapping("/people/{id}/team/{memberId}/end")
  String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId,
      @ModelAttribute TeamForm form, Model model, RedirectAttributes redirect) {
    TeamMember member = member(user, id, memberId);
    try {
      teams.end(user, id, memberId, form.versionOr(member.version()), form.endDate(), form.reasonText());
      redirect.addFlashAttribute("success", member.staffName() + " has left the team. Their membership stays on record.");
      return "redirect:/people/" + id + "/team";
    } catch (InvalidInput | Refused | EditConflict e) {
      return endForm(user, id, model, member, form, FormErrors.of(e));
    }
  }

  private String memberForm(CurrentUser user, UUID id, Model model, TeamForm form, Map<String, String> errors,
      boolean changingKeyWorker) {
    CareTeam team = teams.team(user, id);
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("team", team);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("staffOptions", staffOptions(user));
    model.addAttribute("roles", TeamForm.roles());
    model.addAttribute("changingKeyWorker", changingKeyWorker);
    model.addAttribute("staffLabel", changingKeyWorker ? "Who is the key worker from now on?" : "Member of staff");
    model.addAttribute("action", "/people/" + id + (changingKeyWorker ? "/team/key-worker" : "/team"));
    if (changingKeyWorker) {
      model.addAttribute("keyWorker", team.keyWorker().orElseThrow(() -> new RecordNotFound("Key worker")));
    }
    return "careteam/member-form";
  }

  private String endForm(CurrentUser user, UUID id, Model model, TeamMember member, TeamForm form,
      Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("member", member);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "careteam/end-form";
  }

  private TeamMember member(CurrentUser user, UUID id, UUID memberId) {
    CareTeam team = teams.team(user, id);
    return java.util.stream.Stream.concat(team.current().stream(), team.past().stream())
        .filter(m -> m.id().equals(memberId)).findFirst().orElseThrow(() -> new RecordNotFound("Team member"));
  }

  private TeamMember current(CurrentUser user, UUID id, UUID memberId) {
    return teams.team(user, id).current().stream().filter(m -> m.id().equals(memberId) && m.endDate() == null)
        .findFirst().orElseThrow(() -> new RecordNotFound("Team member"));
  }

  private TeamMember keyWorker(CurrentUser user, UUID id) {
    return teams.team(user, id).keyWorker()
        .orElseThrow(() -> new Refused("keyWorker", "There is no key worker to change. Add one instead."));
  }

  private Map<String, String> staffOptions(CurrentUser user) {
    LocalDate today = today();
    Map<String, String> options = new LinkedHashMap<>();
    for (StaffMember s : staff.page(user.alliance(), 0, 500).items()) {
      if (s.endDate() == null || !s.endDate().isBefore(today)) {
        options.put(s.id().toString(), s.fullName() + ", " + (s.jobTitle() != null ? s.jobTitle() : s.role().label())
            + " (" + s.organisationName() + ")");
      }
    }
    return options;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
