package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.alliance.Team;
import org.bridgeway.alliance.Teams;
import org.bridgeway.alliance.Workforce;
import org.bridgeway.alliance.WorkforceReport;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
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

/** The staff list with the workforce today, and the pages to add and change a member of staff. */
@Controller
class StaffPages {

  static final int PAGE_SIZE = 25;

  private final Staff staff;
  private final WorkforceReport workforce;
  private final Organisations organisations;
  private final Teams teams;
  private final Clock clock;

  StaffPages(Staff staff, WorkforceReport workforce, Organisations organisations, Teams teams, Clock clock) {
    this.staff = staff;
    this.workforce = workforce;
    this.organisations = organisations;
    this.teams = teams;
    this.clock = clock;
  }

  /** The workforce of one organisation, or of the whole alliance when the name is "All organisations". */
  record WorkforceRow(String name, Workforce workforce) {}

  @GetMapping("/admin/staff")
  String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
    LocalDate today = LocalDate.now(clock);
    List<WorkforceRow> rows = new ArrayList<>();
    for (Organisation organisation : organisations.all(user.alliance())) {
      rows.add(new WorkforceRow(organisation.name(), workforce.on(user.alliance(), today, organisation.id())));
    }
    model.addAttribute("today", today);
    model.addAttribute("total", workforce.on(user.alliance(), today, null));
    model.addAttribute("byOrganisation", rows);
    model.addAttribute("staff", staff.page(user.alliance(), page, PAGE_SIZE));
    return "admin/staff";
  }

  @GetMapping("/admin/staff/new")
  String newMember(@AuthenticationPrincipal CurrentUser user, Model model) {
    return form(user, model, StaffForm.blank(), Map.of(), null);
  }

  @PostMapping("/admin/staff")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute StaffForm form, Model model,
      RedirectAttributes redirect) {
    try {
      StaffDetails details = details(form);
      staff.add(user, details);
      redirect.addFlashAttribute("success", details.fullName().trim() + " added");
      return "redirect:/admin/staff";
    } catch (InvalidInput | Refused e) {
      return form(user, model, form, FormErrors.of(e), null);
    }
  }

  @GetMapping("/admin/staff/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    StaffMember member = staff.get(user.alliance(), id);
    return form(user, model, StaffForm.of(member), Map.of(), member);
  }

  @PostMapping("/admin/staff/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute StaffForm form,
      @RequestParam int version, Model model, RedirectAttributes redirect) {
    try {
      StaffDetails details = details(form);
      staff.change(user, id, details, version);
      redirect.addFlashAttribute("success", "Changes to " + details.fullName().trim() + " saved");
      return "redirect:/admin/staff";
    } catch (InvalidInput | Refused | EditConflict e) {
      return form(user, model, form, FormErrors.of(e), staff.get(user.alliance(), id));
    }
  }

  private static StaffDetails details(StaffForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    return Parse.readable(problems, form.details(problems), StaffDetails::problems);
  }

  private String form(CurrentUser user, Model model, StaffForm form, Map<String, String> errors,
      @Nullable StaffMember member) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("member", member);
    model.addAttribute("version", member == null ? null : member.version());
    model.addAttribute("organisations",
        Options.of(organisations.all(user.alliance()), Organisation::id, Organisation::name));
    model.addAttribute("teams", Options.of(teams.all(user.alliance()), Team::id, Team::name));
    model.addAttribute("roles", Options.staffRoles());
    return "admin/staff-form";
  }
}
