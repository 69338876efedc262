package org.bridgeway.work.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.People;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.FormPosts;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.work.AllocationEnding;
import org.bridgeway.work.CaseloadEntry;
import org.bridgeway.work.EmploymentCaseloads;
import org.bridgeway.work.EmploymentTeams;
import org.bridgeway.work.NewAllocation;
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

/**
 * A person's place on the employment specialists' caseloads: allocating them to a specialist of an employment
 * team, ending an allocation with its date and reason; and one specialist's caseload.
 */
@Controller
class CaseloadPages {

  private final EmploymentCaseloads caseloads;
  private final EmploymentTeams teams;
  private final PersonWork work;
  private final People people;

  CaseloadPages(EmploymentCaseloads caseloads, EmploymentTeams teams, PersonWork work, People people) {
    this.caseloads = caseloads;
    this.teams = teams;
    this.work = work;
    this.people = people;
  }

  @GetMapping("/people/{id}/work/allocations")
  String allocations(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return allocations(user, id, model, startingToday(user), Map.of());
  }

  @PostMapping("/people/{id}/work/allocations")
  String allocate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> caseloads.allocate(user, team(form.get("serviceId")), id,
            new NewAllocation(id(form.get("specialistId"), "specialistId"), date(form, "startDate"))),
        "/people/" + id + "/work/allocations", "Allocated to the employment specialist", redirect,
        e -> allocations(user, id, model, new HashMap<>(form), FormErrors.of(e)));
  }

  @GetMapping("/people/{id}/work/allocations/{allocationId}/end")
  String ending(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID allocationId,
      Model model) {
    Map<String, String> form = dateParts("endDate", work.today());
    form.put("reason", "");
    return ending(user, id, allocationId, model, form, Map.of());
  }

  @PostMapping("/people/{id}/work/allocations/{allocationId}/end")
  String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID allocationId,
      @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    CaseloadEntry allocation = allocation(user, id, allocationId);
    return FormPosts.submit(() -> caseloads.end(user, allocation.serviceId(), allocationId,
            new AllocationEnding(date(form, "endDate"), form.get("reason"))),
        "/people/" + id + "/work/allocations", "Allocation ended", redirect,
        e -> ending(user, id, allocationId, model, new HashMap<>(form), FormErrors.of(e)));
  }

  @GetMapping("/work/teams/{serviceId}/specialists/{staffId}")
  String specialist(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID staffId, Model model) {
    List<CaseloadEntry> caseload = caseloads.ofSpecialist(user, serviceId, staffId);
    model.addAttribute("team", teams.team(user, serviceId));
    model.addAttribute("caseload", caseload);
    model.addAttribute("specialistName", caseload.isEmpty() ? caseloads.specialistName(user, staffId)
        : caseload.get(0).specialistName());
    return "work/specialist";
  }

  private String allocations(CurrentUser user, UUID id, Model model, Map<String, String> form,
      Map<String, String> errors) {
    List<CaseloadEntry> all = caseloads.ofPerson(user, id);
    Map<String, String> teamOptions = new LinkedHashMap<>();
    teams.teams(user).forEach(t -> teamOptions.put(t.id().toString(), t.name()));
    Map<String, String> specialists = new LinkedHashMap<>();
    caseloads.specialists(user).forEach(s -> specialists.put(s.id().toString(), s.fullName()
        + (s.teamName() == null ? "" : ", " + s.teamName())));
    if (teamOptions.size() == 1 && form.getOrDefault("serviceId", "").isBlank()) {
      form.put("serviceId", teamOptions.keySet().iterator().next());
    }
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("allocations", all);
    model.addAttribute("teams", teamOptions);
    model.addAttribute("specialists", specialists);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "work/allocations";
  }

  private String ending(CurrentUser user, UUID id, UUID allocationId, Model model, Map<String, String> form,
      Map<String, String> errors) {
    CaseloadEntry allocation = allocation(user, id, allocationId);
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("allocation", allocation);
    model.addAttribute("team", teams.team(user, allocation.serviceId()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "work/allocation-end";
  }

  private CaseloadEntry allocation(CurrentUser user, UUID id, UUID allocationId) {
    return caseloads.ofPerson(user, id).stream().filter(a -> a.id().equals(allocationId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Allocation"));
  }

  private Map<String, String> startingToday(CurrentUser user) {
    Map<String, String> form = dateParts("startDate", work.today());
    form.put("specialistId", user.staffId() == null ? "" : user.staffId().toString());
    form.put("serviceId", "");
    return form;
  }

  private static Map<String, String> dateParts(String name, LocalDate day) {
    Map<String, String> form = new HashMap<>();
    form.put(name + "Day", "" + day.getDayOfMonth());
    form.put(name + "Month", "" + day.getMonthValue());
    form.put(name + "Year", "" + day.getYear());
    return form;
  }

  private static @Nullable LocalDate date(Map<String, String> form, String name) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = WorkForm.date(name, form.get(name + "Day"), form.get(name + "Month"), form.get(name + "Year"),
        problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return date;
  }

  private static UUID team(@Nullable String text) {
    UUID team = id(text, "serviceId");
    if (team == null) {
      throw new InvalidInput(List.of(new FieldProblem("serviceId", "Select the employment team")));
    }
    return team;
  }

  private static @Nullable UUID id(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(List.of(new FieldProblem(field, "Choose one of the options")));
    }
  }
}
