package org.bridgeway.dayservices.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.dayservices.AttendanceRegister;
import org.bridgeway.dayservices.DayServiceFigures;
import org.bridgeway.dayservices.DayServiceRegistrations;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.DaySession;
import org.bridgeway.dayservices.Reach;
import org.bridgeway.dayservices.RegisterEntry;
import org.bridgeway.dayservices.Registration;
import org.bridgeway.people.PersonSummary;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Day services for workers: the list, a service with its sessions and people, session forms and registers. */
@Controller
class DayServicePages {

  /** How many days of past occurrences a service page offers registers for. */
  static final int RECENT_DAYS = 14;

  private final DayServices dayServices;
  private final DayServiceRegistrations registrations;
  private final DayServiceFigures figures;

  DayServicePages(DayServices dayServices, DayServiceRegistrations registrations, DayServiceFigures figures) {
    this.dayServices = dayServices;
    this.registrations = registrations;
    this.figures = figures;
  }

  @GetMapping("/day-services")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("services", dayServices.services(user));
    model.addAttribute("counts", dayServices.sessionCounts(user));
    return "dayservices/list";
  }

  /** The reach of the whole alliance's day services today, and of each service, with what each figure counts. */
  @GetMapping("/day-services/figures")
  String figures(@AuthenticationPrincipal CurrentUser user, Model model) {
    LocalDate today = dayServices.today();
    List<Reach> perService = new ArrayList<>();
    for (ServiceRecord s : dayServices.services(user)) {
      perService.add(figures.reach(user.alliance(), today, s.id(), s.name()));
    }
    model.addAttribute("reach", figures.reach(user.alliance(), today, null, null));
    model.addAttribute("perService", perService);
    return "dayservices/figures";
  }

  @GetMapping("/day-services/{serviceId}")
  String service(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, Model model) {
    ServiceRecord service = dayServices.service(user, serviceId);
    LocalDate today = dayServices.today();
    List<DaySession> sessions = dayServices.sessions(user, serviceId);
    Map<UUID, List<LocalDate>> recent = new HashMap<>();
    Map<UUID, List<LocalDate>> coming = new HashMap<>();
    for (DaySession s : sessions) {
      List<LocalDate> past = new java.util.ArrayList<>(s.occurrences(today.minusDays(RECENT_DAYS), today));
      java.util.Collections.reverse(past);
      recent.put(s.id(), past);
      coming.put(s.id(), s.occurrences(today.plusDays(1), today.plusDays(RECENT_DAYS)));
    }
    boolean mayRun = dayServices.mayRun(user, serviceId);
    model.addAttribute("service", service);
    model.addAttribute("sessions", sessions);
    model.addAttribute("recent", recent);
    model.addAttribute("coming", coming);
    model.addAttribute("mayRun", mayRun);
    model.addAttribute("today", today);
    if (mayRun) {
      List<Registration> registered = registrations.registered(user, serviceId, today);
      Set<UUID> regular = figures.regularAttenders(user.alliance(), today, serviceId);
      Set<UUID> several = figures.usingSeveralServices(user.alliance(), today.minusDays(55), today, serviceId);
      model.addAttribute("registered", registered);
      model.addAttribute("regular", regular);
      model.addAttribute("several", several);
      model.addAttribute("reach", new Reach(service.name(), today, registered.size(), regular.size(),
          several.size()));
    }
    return "dayservices/service";
  }

  /** Finds a person of the alliance by name, date of birth, NHS number or local id, to register with the service. */
  @GetMapping("/day-services/{serviceId}/registrations/new")
  String findToRegister(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam(name = "q", required = false) @Nullable String q, Model model) {
    LocalDate today = dayServices.today();
    return registerPersonPage(user, serviceId, q, new RegisterPersonForm(null, q,
        String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
        String.valueOf(today.getYear())), Map.of(), model);
  }

  @PostMapping("/day-services/{serviceId}/registrations")
  String registerPerson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @ModelAttribute RegisterPersonForm form, Model model, RedirectAttributes redirect) {
    try {
      List<FieldProblem> problems = new ArrayList<>();
      UUID person = form.personIdValue();
      if (person == null) {
        problems.add(new FieldProblem("personId", "Choose the person to register"));
      }
      LocalDate start = DateParts.parse(form.startDateDay(), form.startDateMonth(), form.startDateYear())
          .orElse(null);
      if (start == null) {
        problems.add(new FieldProblem("startDate", "Enter a real date, like 10 5 2026"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
      registrations.registerPerson(user, serviceId, person, start);
      redirect.addFlashAttribute("success", "Registered with " + dayServices.service(user, serviceId).name()
          + " from " + start.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
      return "redirect:/day-services/" + serviceId;
    } catch (InvalidInput | Refused e) {
      return registerPersonPage(user, serviceId, form.q(), form, FormErrors.of(e, Map.of("serviceId", "personId")),
          model);
    }
  }

  private String registerPersonPage(CurrentUser user, UUID serviceId, @Nullable String q, RegisterPersonForm form,
      Map<String, String> errors, Model model) {
    ServiceRecord service = dayServices.service(user, serviceId);
    boolean searched = q != null && !q.isBlank();
    List<PersonSummary> found = searched ? registrations.findToRegister(user, serviceId, q).items() : List.of();
    if (!searched && !dayServices.mayRun(user, serviceId)) {
      throw new org.bridgeway.shared.AccessDenied("day service");
    }
    model.addAttribute("service", service);
    model.addAttribute("q", q == null ? "" : q.trim());
    model.addAttribute("searched", searched);
    model.addAttribute("found", found);
    model.addAttribute("foundShown", DayServiceRegistrations.FOUND_SHOWN);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "dayservices/register-person";
  }

  /** The person chosen from the search, the search itself (to show it again), and the first day registered. */
  record RegisterPersonForm(@Nullable String personId, @Nullable String q, @Nullable String startDateDay,
      @Nullable String startDateMonth, @Nullable String startDateYear) {

    @Nullable UUID personIdValue() {
      try {
        return personId == null ? null : UUID.fromString(personId);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  @GetMapping("/day-services/{serviceId}/sessions/new")
  String newSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, Model model) {
    return sessionForm(user, serviceId, null, model, SessionForm.empty(dayServices.today()), Map.of());
  }

  @PostMapping("/day-services/{serviceId}/sessions")
  String addSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @ModelAttribute SessionForm form, Model model, RedirectAttributes redirect) {
    try {
      dayServices.addSession(user, serviceId, form.session(serviceId));
      redirect.addFlashAttribute("success", "Session added");
      return "redirect:/day-services/" + serviceId;
    } catch (InvalidInput | Refused e) {
      return sessionForm(user, serviceId, null, model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/day-services/{serviceId}/sessions/{sessionId}/change")
  String changeSessionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID sessionId, Model model) {
    DaySession session = dayServices.session(user, serviceId, sessionId);
    return sessionForm(user, serviceId, session, model, SessionForm.of(session), Map.of());
  }

  @PostMapping("/day-services/{serviceId}/sessions/{sessionId}")
  String changeSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID sessionId, @ModelAttribute SessionForm form, Model model, RedirectAttributes redirect) {
    DaySession session = dayServices.session(user, serviceId, sessionId);
    try {
      dayServices.changeSession(user, serviceId, sessionId, form.session(serviceId), form.version());
      redirect.addFlashAttribute("success", "Session changed");
      return "redirect:/day-services/" + serviceId;
    } catch (InvalidInput | Refused | EditConflict e) {
      return sessionForm(user, serviceId, session, model, form, FormErrors.of(e));
    }
  }

  private String sessionForm(CurrentUser user, UUID serviceId, @Nullable DaySession session, Model model,
      SessionForm form, Map<String, String> errors) {
    model.addAttribute("service", dayServices.service(user, serviceId));
    model.addAttribute("session", session);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", SessionForm.kinds());
    return "dayservices/session-form";
  }

  @GetMapping("/day-services/{serviceId}/sessions/{sessionId}/{date}/register")
  String register(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID sessionId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Model model) {
    return registerPage(user, serviceId, sessionId, date, model, null, Map.of());
  }

  /**
   * Saves a register. A ticked box is present; a box that was ticked when the page was opened and is no longer is
   * absent; an unticked box that was not ticked before is left as it is, so that a register taken at the same time
   * on another phone is not overwritten.
   */
  @PostMapping("/day-services/{serviceId}/sessions/{sessionId}/{date}/register")
  String takeRegister(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID sessionId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(name = "present", required = false) @Nullable List<UUID> present,
      @RequestParam(name = "wasPresent", required = false) @Nullable List<UUID> wasPresent,
      @RequestParam(name = "headCount", required = false) @Nullable String headCount, Model model,
      RedirectAttributes redirect) {
    Map<UUID, Boolean> entries = new HashMap<>();
    if (wasPresent != null) {
      wasPresent.forEach(p -> entries.put(p, false));
    }
    if (present != null) {
      present.forEach(p -> entries.put(p, true));
    }
    try {
      Integer count = null;
      if (headCount != null && !headCount.isBlank()) {
        try {
          count = Integer.valueOf(headCount.trim());
        } catch (NumberFormatException e) {
          throw new InvalidInput(List.of(new org.bridgeway.shared.FieldProblem("headCount",
              "Enter the head count as a whole number, like 14")));
        }
      }
      dayServices.takeRegister(user, serviceId, sessionId, date, entries, count);
      redirect.addFlashAttribute("success", "Register saved: " + entries.values().stream().filter(b -> b).count()
          + " marked present");
      return "redirect:/day-services/" + serviceId + "/sessions/" + sessionId + "/" + date + "/register";
    } catch (InvalidInput | Refused e) {
      return registerPage(user, serviceId, sessionId, date, model, headCount, FormErrors.of(e));
    }
  }

  private String registerPage(CurrentUser user, UUID serviceId, UUID sessionId, LocalDate date, Model model,
      @Nullable String headCount, Map<String, String> errors) {
    AttendanceRegister register = dayServices.register(user, serviceId, sessionId, date);
    model.addAttribute("register", register);
    model.addAttribute("service", dayServices.service(user, serviceId));
    model.addAttribute("form", new RegisterForm(headCount != null ? headCount
        : register.headCount() == null ? null : register.headCount().toString()));
    model.addAttribute("errors", errors);
    model.addAttribute("future", date.isAfter(dayServices.today()));
    model.addAttribute("present", register.entries().stream().filter(e -> Boolean.TRUE.equals(e.present()))
        .map(RegisterEntry::personId).toList());
    return "dayservices/register";
  }

  record RegisterForm(@Nullable String headCount) {}
}
