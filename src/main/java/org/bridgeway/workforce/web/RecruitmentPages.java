package org.bridgeway.workforce.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.StaffContract;
import org.bridgeway.alliance.Teams;
import org.bridgeway.alliance.WorkforceReport;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.NewPanelMember;
import org.bridgeway.workforce.NewPost;
import org.bridgeway.workforce.PanelFigure;
import org.bridgeway.workforce.Recruitment;
import org.bridgeway.workforce.Rota;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recruitment panels: the figure for a period and the panels in it (commissioners see these, without names);
 * managers and administrators add posts and panels, and open a panel to record who sat on it.
 */
@Controller
class RecruitmentPages {

  private final Recruitment recruitment;
  private final Organisations organisations;
  private final Services services;
  private final Teams teams;
  private final WorkforceReport staff;
  private final Rota rota;

  RecruitmentPages(Recruitment recruitment, Organisations organisations, Services services, Teams teams,
      WorkforceReport staff, Rota rota) {
    this.recruitment = recruitment;
    this.organisations = organisations;
    this.services = services;
    this.teams = teams;
    this.staff = staff;
    this.rota = rota;
  }

  /** Every form on the recruitment page, as typed in. */
  record Form(@Nullable String fromDay, @Nullable String fromMonth, @Nullable String fromYear,
      @Nullable String toDay, @Nullable String toMonth, @Nullable String toYear, @Nullable String title,
      @Nullable String organisationId, @Nullable String serviceId, @Nullable String teamId, @Nullable String postId,
      @Nullable String interviewDay, @Nullable String interviewMonth, @Nullable String interviewYear,
      boolean questions) {}

  @GetMapping("/recruitment")
  String recruitment(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params,
      Model model) {
    LocalDate to = DateParts.blank(params.get("toDay"), params.get("toMonth"), params.get("toYear")) ? rota.today()
        : DateParts.parse(params.get("toDay"), params.get("toMonth"), params.get("toYear")).orElse(null);
    LocalDate from = DateParts.blank(params.get("fromDay"), params.get("fromMonth"), params.get("fromYear"))
        ? (to == null ? rota.today() : to).minusYears(1).plusDays(1)
        : DateParts.parse(params.get("fromDay"), params.get("fromMonth"), params.get("fromYear")).orElse(null);
    Map<String, String> errors = new LinkedHashMap<>();
    if (from == null) {
      errors.put("from", "Enter a real date, like 1 4 2025");
    }
    if (to == null) {
      errors.put("to", "Enter a real date, like 31 3 2026");
    }
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("to", "The last day cannot be before the first");
    }
    return page(user, model, errors, errors.isEmpty() ? from : rota.today().minusYears(1).plusDays(1),
        errors.isEmpty() ? to : rota.today(), new Form(params.get("fromDay"), params.get("fromMonth"),
            params.get("fromYear"), params.get("toDay"), params.get("toMonth"), params.get("toYear"), null, null,
            null, null, null, null, null, null, false));
  }

  private String page(CurrentUser user, Model model, Map<String, String> errors, LocalDate from, LocalDate to,
      Form typed) {
    UUID alliance = user.alliance();
    PanelFigure figure = recruitment.figure(alliance, from, to);
    model.addAttribute("figure", figure);
    model.addAttribute("panels", recruitment.panels(alliance, from, to));
    model.addAttribute("mayChange", user.is(Role.ADMIN) || user.is(Role.MANAGER));
    model.addAttribute("errors", errors);
    model.addAttribute("form", new Form(value(typed.fromDay(), from.getDayOfMonth()),
        value(typed.fromMonth(), from.getMonthValue()), value(typed.fromYear(), from.getYear()),
        value(typed.toDay(), to.getDayOfMonth()), value(typed.toMonth(), to.getMonthValue()),
        value(typed.toYear(), to.getYear()), typed.title(), typed.organisationId(), typed.serviceId(), typed.teamId(),
        typed.postId(), typed.interviewDay(), typed.interviewMonth(), typed.interviewYear(), typed.questions()));
    Map<String, String> orgs = new LinkedHashMap<>();
    organisations.all(alliance).forEach(o -> orgs.put(o.id().toString(), o.name()));
    Map<String, String> serviceOptions = new LinkedHashMap<>();
    services.all(alliance).stream().sorted(Comparator.comparing(ServiceRecord::name))
        .forEach(s -> serviceOptions.put(s.id().toString(), s.name()));
    Map<String, String> teamOptions = new LinkedHashMap<>();
    teams.all(alliance).forEach(t -> teamOptions.put(t.id().toString(), t.name()));
    Map<String, String> posts = new LinkedHashMap<>();
    recruitment.posts(alliance).forEach(p -> posts.put(p.id().toString(), p.title() + ", " + p.where()));
    model.addAttribute("organisations", orgs);
    model.addAttribute("serviceOptions", serviceOptions);
    model.addAttribute("teamOptions", teamOptions);
    model.addAttribute("posts", posts);
    return "workforce/recruitment";
  }

  private static String value(@Nullable String typed, int fallback) {
    return typed == null || typed.isBlank() ? String.valueOf(fallback) : typed;
  }

  @PostMapping("/recruitment/posts")
  String addPost(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model,
      RedirectAttributes redirect) {
    try {
      recruitment.addPost(user, new NewPost(params.get("title"), Ids.uuid(params.get("organisationId")),
          Ids.uuid(params.get("serviceId")), Ids.uuid(params.get("teamId"))));
      redirect.addFlashAttribute("success", "Post added");
      return "redirect:/recruitment";
    } catch (InvalidInput | Refused e) {
      return page(user, model, FormErrors.of(e), rota.today().minusYears(1).plusDays(1), rota.today(),
          new Form(null, null, null, null, null, null, params.get("title"), params.get("organisationId"),
              params.get("serviceId"), params.get("teamId"), null, null, null, null, false));
    }
  }

  @PostMapping("/recruitment/panels")
  String addPanel(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model,
      RedirectAttributes redirect) {
    UUID post = Ids.uuid(params.get("postId"));
    LocalDate day = DateParts.parse(params.get("interviewDay"), params.get("interviewMonth"),
        params.get("interviewYear")).orElse(null);
    boolean questions = "true".equals(params.get("questions"));
    try {
      if (post == null || recruitment.posts(user.alliance()).stream().noneMatch(p -> p.id().equals(post))) {
        throw new Refused("postId", "Choose the post the panel interviews for");
      }
      UUID id = recruitment.addPanel(user, post, day, questions);
      redirect.addFlashAttribute("success", "Panel added: now say who sits on it");
      return "redirect:/recruitment/panels/" + id;
    } catch (InvalidInput | Refused e) {
      return page(user, model, FormErrors.of(e), rota.today().minusYears(1).plusDays(1), rota.today(),
          new Form(null, null, null, null, null, null, null, null, null, null, params.get("postId"),
              params.get("interviewDay"), params.get("interviewMonth"), params.get("interviewYear"), questions));
    }
  }

  /** The add-a-member form, as typed in. */
  record MemberForm(@Nullable String staffId, @Nullable String name, boolean usesServices, boolean chair,
      boolean questions) {}

  @GetMapping("/recruitment/panels/{id}")
  String panel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return panel(user, id, model, Map.of(), null);
  }

  private String panel(CurrentUser user, UUID id, Model model, Map<String, String> errors,
      @Nullable MemberForm typed) {
    var panel = recruitment.panel(user.alliance(), id);
    model.addAttribute("panel", panel);
    Map<String, String> staffOptions = new LinkedHashMap<>();
    staff.contracts(user.alliance(), panel.interviewDate()).stream()
        .sorted(Comparator.comparing(StaffContract::name))
        .forEach(s -> staffOptions.put(s.staffId().toString(), s.name() + ", " + s.organisationName()));
    model.addAttribute("staffOptions", staffOptions);
    model.addAttribute("errors", errors);
    model.addAttribute("form", typed != null ? typed
        : new MemberForm(null, null, false, false, panel.questionsByServiceUsers()));
    return "workforce/panel";
  }

  @PostMapping("/recruitment/panels/{id}/members")
  String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
    MemberForm form = new MemberForm(params.get("staffId"), params.get("name"),
        "true".equals(params.get("usesServices")), "true".equals(params.get("chair")), false);
    recruitment.panel(user.alliance(), id);
    try {
      recruitment.addMember(user, id, new NewPanelMember(Ids.uuid(form.staffId()), null, form.name(),
          form.usesServices(), form.chair()));
      redirect.addFlashAttribute("success", "Panel member added");
      return "redirect:/recruitment/panels/" + id;
    } catch (InvalidInput | Refused e) {
      return panel(user, id, model, FormErrors.of(e), form);
    }
  }

  @PostMapping("/recruitment/panels/{id}/questions")
  String questions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String questions, @RequestParam(required = false) @Nullable String version,
      Model model, RedirectAttributes redirect) {
    recruitment.panel(user.alliance(), id);
    try {
      recruitment.setQuestions(user, id, "true".equals(questions), Ids.number(version));
      redirect.addFlashAttribute("success", "Saved");
      return "redirect:/recruitment/panels/" + id;
    } catch (EditConflict e) {
      return panel(user, id, model, Map.of("questions", "Someone changed this panel while you were looking at it: "
          + "check it and try again"), null);
    }
  }
}
