package org.bridgeway.workforce.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.NewShiftPattern;
import org.bridgeway.workforce.Rota;
import org.bridgeway.workforce.RotaWeek;
import org.bridgeway.workforce.StaffBases;
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

/**
 * The rota pages: the staffed services, and a service's week with its gaps. Managers and administrators put
 * staff on shifts and take them off, add shift patterns, make shifts and say who is based at the service;
 * practitioners read the rota.
 */
@Controller
class RotaPages {

  private final Rota rota;
  private final StaffBases bases;

  RotaPages(Rota rota, StaffBases bases) {
    this.rota = rota;
    this.bases = bases;
  }

  @GetMapping("/rota")
  String services(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("services", rota.services(user.alliance()));
    return "workforce/rota-services";
  }

  @GetMapping("/rota/{serviceId}")
  String week(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam(required = false) @Nullable String week, Model model) {
    return week(user, serviceId, week, model, Map.of(), new PatternForm(null, null, null, null));
  }

  private String week(CurrentUser user, UUID serviceId, @Nullable String week, Model model,
      Map<String, String> errors, PatternForm patternForm) {
    LocalDate day = Ids.date(week);
    RotaWeek rotaWeek = rota.week(user.alliance(), serviceId, day == null ? rota.today() : day);
    model.addAttribute("week", rotaWeek);
    model.addAttribute("mayChange", user.is(Role.ADMIN) || user.is(Role.MANAGER));
    model.addAttribute("now", rota.now());
    model.addAttribute("patterns", rota.patterns(user.alliance(), serviceId));
    model.addAttribute("bases", bases.atService(user.alliance(), serviceId));
    model.addAttribute("errors", errors);
    model.addAttribute("form", new Forms(patternForm, rotaWeek.monday(), rotaWeek.sunday()));
    return "workforce/rota-week";
  }

  /** What the forms on the week page show. */
  record Forms(@Nullable String name, @Nullable String startsAt, @Nullable String endsAt, @Nullable String staffNeeded,
      String fromDay, String fromMonth, String fromYear, String toDay, String toMonth, String toYear) {

    Forms(PatternForm p, LocalDate from, LocalDate to) {
      this(p.name(), p.startsAt(), p.endsAt(), p.staffNeeded(), String.valueOf(from.getDayOfMonth()),
          String.valueOf(from.getMonthValue()), String.valueOf(from.getYear()), String.valueOf(to.getDayOfMonth()),
          String.valueOf(to.getMonthValue()), String.valueOf(to.getYear()));
    }
  }

  /** A shift pattern as typed in. */
  record PatternForm(@Nullable String name, @Nullable String startsAt, @Nullable String endsAt,
      @Nullable String staffNeeded) {}

  @PostMapping("/rota/{serviceId}/shifts/{shiftId}/assign")
  String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, @PathVariable UUID shiftId,
      @RequestParam(required = false) @Nullable String staffId, @RequestParam(required = false) @Nullable String version,
      @RequestParam(required = false) @Nullable String week, Model model, RedirectAttributes redirect) {
    rota.service(user.alliance(), serviceId);
    UUID staff = Ids.uuid(staffId);
    try {
      if (staff == null) {
        throw new Refused("staffId", "Choose a member of staff");
      }
      rota.assign(user, shiftId, staff, Ids.number(version));
      redirect.addFlashAttribute("success", "Saved: they are on the shift");
      return "redirect:/rota/" + serviceId + "?week=" + (Ids.date(week) == null ? "" : week) + "#shift-" + shiftId;
    } catch (InvalidInput | Refused | EditConflict e) {
      return week(user, serviceId, week, model, shiftErrors(e, shiftId), new PatternForm(null, null, null, null));
    }
  }

  static Map<String, String> shiftErrors(RuntimeException e, UUID shiftId) {
    Map<String, String> errors = new LinkedHashMap<>();
    FormErrors.of(e).forEach((field, message) -> errors.putIfAbsent("staff-" + shiftId,
        field.equals(FormErrors.CONFLICT) ? "Someone changed this shift while you were looking at it: "
            + "check who is on it now and try again" : message));
    return errors;
  }

  @PostMapping("/rota/{serviceId}/shifts/{shiftId}/remove")
  String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, @PathVariable UUID shiftId,
      @RequestParam(required = false) @Nullable String assignmentId,
      @RequestParam(required = false) @Nullable String version, @RequestParam(required = false) @Nullable String reason,
      @RequestParam(required = false) @Nullable String week, Model model, RedirectAttributes redirect) {
    rota.service(user.alliance(), serviceId);
    UUID assignment = Ids.uuid(assignmentId);
    try {
      if (assignment == null) {
        throw new Refused("staffId", "Choose who comes off the shift");
      }
      rota.remove(user, shiftId, assignment, Ids.number(version), reason);
      redirect.addFlashAttribute("success", "Taken off the shift");
      return "redirect:/rota/" + serviceId + "?week=" + (Ids.date(week) == null ? "" : week) + "#shift-" + shiftId;
    } catch (InvalidInput | Refused | EditConflict e) {
      return week(user, serviceId, week, model, shiftErrors(e, shiftId), new PatternForm(null, null, null, null));
    }
  }

  @PostMapping("/rota/{serviceId}/patterns")
  String addPattern(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @ModelAttribute PatternForm form, @RequestParam(required = false) @Nullable String week, Model model,
      RedirectAttributes redirect) {
    rota.service(user.alliance(), serviceId);
    try {
      rota.addPattern(user, serviceId, new NewShiftPattern(form.name(), form.startsAt(), form.endsAt(),
          form.staffNeeded()));
      redirect.addFlashAttribute("success", "Shift pattern added");
      return "redirect:/rota/" + serviceId + "?week=" + (Ids.date(week) == null ? "" : week);
    } catch (InvalidInput | Refused e) {
      return week(user, serviceId, week, model, FormErrors.of(e), form);
    }
  }

  @PostMapping("/rota/{serviceId}/shifts")
  String makeShifts(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
    rota.service(user.alliance(), serviceId);
    LocalDate from = DateParts.parse(params.get("fromDay"), params.get("fromMonth"), params.get("fromYear")).orElse(null);
    LocalDate to = DateParts.parse(params.get("toDay"), params.get("toMonth"), params.get("toYear")).orElse(null);
    try {
      int made = rota.makeShifts(user, serviceId, from, to);
      redirect.addFlashAttribute("success", made + (made == 1 ? " shift" : " shifts") + " made");
      return "redirect:/rota/" + serviceId + "?week=" + (from == null ? "" : from);
    } catch (InvalidInput | Refused e) {
      return week(user, serviceId, params.get("week"), model, FormErrors.of(e), new PatternForm(null, null, null, null));
    }
  }

  @PostMapping("/rota/{serviceId}/bases")
  String addBase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam(required = false) @Nullable String baseStaffId, @RequestParam(required = false) @Nullable String week,
      Model model, RedirectAttributes redirect) {
    rota.service(user.alliance(), serviceId);
    try {
      bases.add(user, serviceId, Ids.uuid(baseStaffId), rota.today());
      redirect.addFlashAttribute("success", "They are based here from today");
      return "redirect:/rota/" + serviceId + "?week=" + (Ids.date(week) == null ? "" : week) + "#based-here";
    } catch (InvalidInput | Refused e) {
      return week(user, serviceId, week, model, FormErrors.of(e, Map.of("staffId", "baseStaffId")),
          new PatternForm(null, null, null, null));
    }
  }

  @PostMapping("/rota/{serviceId}/bases/{baseId}/end")
  String endBase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, @PathVariable UUID baseId,
      @RequestParam(required = false) @Nullable String week, Model model, RedirectAttributes redirect) {
    rota.service(user.alliance(), serviceId);
    try {
      bases.end(user, baseId, rota.today());
      redirect.addFlashAttribute("success", "They are based here up to and including today");
      return "redirect:/rota/" + serviceId + "?week=" + (Ids.date(week) == null ? "" : week) + "#based-here";
    } catch (InvalidInput | Refused e) {
      return week(user, serviceId, week, model, FormErrors.of(e, Map.of("last", "baseStaffId")),
          new PatternForm(null, null, null, null));
    }
  }
}
