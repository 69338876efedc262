package org.bridgeway.work.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.FormPosts;
import org.bridgeway.work.EmployerContactKind;
import org.bridgeway.work.EmploymentTeams;
import org.bridgeway.work.FidelityReview;
import org.bridgeway.work.FidelityScale;
import org.bridgeway.work.NewFidelityReview;
import org.bridgeway.work.PersonWork;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The employment teams: each team's caseload, employer contacts and IPS fidelity reviews. */
@Controller
class EmploymentTeamPages {

  private final EmploymentTeams teams;
  private final PersonWork work;

  EmploymentTeamPages(EmploymentTeams teams, PersonWork work) {
    this.teams = teams;
    this.work = work;
  }

  @GetMapping("/work")
  String teams(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("teams", teams.teams(user));
    model.addAttribute("occupied", teams.occupiedOn(user, work.today()));
    model.addAttribute("today", work.today());
    return "work/teams";
  }

  @GetMapping("/work/teams/{serviceId}")
  String team(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, Model model) {
    return team(user, serviceId, model, contactForm(work.today()), Map.of());
  }

  @PostMapping("/work/teams/{serviceId}/contacts")
  String contact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> {
      LocalDate date = date(form);
      EmployerContactKind kind = form.get("kind") == null || form.get("kind").isBlank() ? null
          : EmployerContactKind.valueOf(form.get("kind"));
      teams.recordContact(user, serviceId, form.get("employer"), date, kind, form.get("notes"));
    }, "/work/teams/" + serviceId, "Employer contact recorded", redirect,
        e -> team(user, serviceId, model, new HashMap<>(form), FormErrors.of(e)));
  }

  @GetMapping("/work/teams/{serviceId}/reviews/new")
  String newReview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, Model model) {
    return reviewForm(user, serviceId, model, contactForm(work.today()), Map.of());
  }

  @PostMapping("/work/teams/{serviceId}/reviews")
  String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> {
      LocalDate date = date(form);
      List<@Nullable Integer> scores = new ArrayList<>();
      for (int i = 1; i <= FidelityScale.ITEMS.size(); i++) {
        scores.add(score(form.get("item" + i)));
      }
      teams.recordReview(user, serviceId, new NewFidelityReview(date, form.get("reviewers"), scores));
    }, "/work/teams/" + serviceId, "Fidelity review recorded", redirect,
        e -> reviewForm(user, serviceId, model, new HashMap<>(form), FormErrors.of(e)));
  }

  @GetMapping("/work/teams/{serviceId}/reviews/compare")
  String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam UUID earlier, @RequestParam UUID later, Model model) {
    List<FidelityReview> reviews = teams.reviews(user, serviceId);
    model.addAttribute("team", teams.team(user, serviceId));
    model.addAttribute("changes", teams.compare(user, serviceId, earlier, later));
    model.addAttribute("earlier", reviews.stream().filter(r -> r.id().equals(earlier)).findFirst().orElseThrow());
    model.addAttribute("later", reviews.stream().filter(r -> r.id().equals(later)).findFirst().orElseThrow());
    return "work/compare";
  }

  private String team(CurrentUser user, UUID serviceId, Model model, Map<String, String> form,
      Map<String, String> errors) {
    List<FidelityReview> reviews = teams.reviews(user, serviceId);
    model.addAttribute("team", teams.team(user, serviceId));
    model.addAttribute("caseload", teams.caseload(user, serviceId));
    model.addAttribute("ownOnly", EmploymentTeams.ownCaseloadOnly(user));
    model.addAttribute("contacts", teams.contacts(user, serviceId));
    model.addAttribute("reviews", reviews);
    model.addAttribute("pairs", pairs(reviews));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    Map<String, String> kinds = new LinkedHashMap<>();
    for (EmployerContactKind k : EmployerContactKind.values()) {
      kinds.put(k.name(), k.label());
    }
    model.addAttribute("kinds", kinds);
    return "work/team";
  }

  /** Each review with the one before it, newest first, for comparing. */
  private static List<FidelityReview[]> pairs(List<FidelityReview> newestFirst) {
    List<FidelityReview[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < newestFirst.size(); i++) {
      pairs.add(new FidelityReview[] {newestFirst.get(i + 1), newestFirst.get(i)});
    }
    return pairs;
  }

  private String reviewForm(CurrentUser user, UUID serviceId, Model model, Map<String, String> form,
      Map<String, String> errors) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int s = 1; s <= 5; s++) {
      options.put("" + s, "" + s);
    }
    for (int i = 1; i <= FidelityScale.ITEMS.size(); i++) {
      form.putIfAbsent("item" + i, "");
    }
    form.putIfAbsent("reviewers", "");
    model.addAttribute("team", teams.team(user, serviceId));
    model.addAttribute("items", FidelityScale.ITEMS);
    model.addAttribute("options", options);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "work/review-form";
  }

  private static Map<String, String> contactForm(LocalDate today) {
    Map<String, String> form = new HashMap<>();
    form.put("dateDay", "" + today.getDayOfMonth());
    form.put("dateMonth", "" + today.getMonthValue());
    form.put("dateYear", "" + today.getYear());
    form.put("employer", "");
    form.put("kind", "");
    form.put("notes", "");
    return form;
  }

  private static @Nullable LocalDate date(Map<String, String> form) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = WorkForm.date("date", form.get("dateDay"), form.get("dateMonth"), form.get("dateYear"),
        problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return date;
  }

  private static @Nullable Integer score(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
