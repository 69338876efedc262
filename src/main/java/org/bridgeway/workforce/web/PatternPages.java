package org.bridgeway.workforce.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.Rota;
import org.bridgeway.workforce.ShiftPattern;
import org.bridgeway.workforce.ShiftPatternChange;
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
 * A shift pattern's page, for managers and administrators (as for adding one): change its times, days and staff
 * needed, or switch it off from a day with a reason. A change made from an old copy is refused with a message.
 */
@Controller
class PatternPages {

  static final String CONFLICT = "Someone changed this shift pattern while you were looking at it. Your change has "
      + "not been saved: check the pattern as it is now and make your change again.";

  private final Rota rota;

  PatternPages(Rota rota) {
    this.rota = rota;
  }

  /** What the forms show. */
  record Form(@Nullable String startsAt, @Nullable String endsAt, @Nullable String staffNeeded, Set<DayOfWeek> days,
      @Nullable String offFromDay, @Nullable String offFromMonth, @Nullable String offFromYear,
      @Nullable String offReason) {

    static Form of(ShiftPattern p) {
      return new Form(p.startsAt().toString(), p.endsAt().toString(), String.valueOf(p.staffNeeded()), p.days(),
          null, null, null, null);
    }
  }

  @GetMapping("/rota/{serviceId}/patterns/{patternId}")
  String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, @PathVariable UUID patternId,
      Model model) {
    ShiftPattern pattern = rota.pattern(user.alliance(), serviceId, patternId);
    return page(user, serviceId, pattern, Form.of(pattern), Map.of(), model);
  }

  private String page(CurrentUser user, UUID serviceId, ShiftPattern pattern, Form form, Map<String, String> errors,
      Model model) {
    model.addAttribute("service", rota.service(user.alliance(), serviceId));
    model.addAttribute("pattern", pattern);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("weekDays", List.of(DayOfWeek.values()));
    return "workforce/pattern";
  }

  @PostMapping("/rota/{serviceId}/patterns/{patternId}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, @PathVariable UUID patternId,
      @RequestParam(required = false) @Nullable String startsAt, @RequestParam(required = false) @Nullable String endsAt,
      @RequestParam(required = false) @Nullable String staffNeeded,
      @RequestParam(required = false) @Nullable List<String> days,
      @RequestParam(required = false) @Nullable String version, Model model, RedirectAttributes redirect) {
    Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    for (String d : days == null ? List.<String>of() : days) {
      try {
        chosen.add(DayOfWeek.valueOf(d));
      } catch (IllegalArgumentException e) {
        // not a day: left out, so an empty choice is refused
      }
    }
    Form form = new Form(startsAt, endsAt, staffNeeded, chosen, null, null, null, null);
    try {
      rota.changePattern(user, serviceId, patternId, new ShiftPatternChange(startsAt, endsAt, staffNeeded, chosen,
          Ids.number(version)));
      redirect.addFlashAttribute("success", "Shift pattern changed: shifts made from now on follow it");
      return "redirect:/rota/" + serviceId + "/patterns/" + patternId;
    } catch (InvalidInput | Refused e) {
      return page(user, serviceId, rota.pattern(user.alliance(), serviceId, patternId), form, errors(e), model);
    } catch (EditConflict e) {
      ShiftPattern now = rota.pattern(user.alliance(), serviceId, patternId);
      return page(user, serviceId, now, Form.of(now), errors(e), model);
    }
  }

  @PostMapping("/rota/{serviceId}/patterns/{patternId}/off")
  String switchOff(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID patternId, @RequestParam Map<String, String> params, Model model,
      RedirectAttributes redirect) {
    LocalDate from = DateParts.parse(params.get("offFromDay"), params.get("offFromMonth"), params.get("offFromYear"))
        .orElse(null);
    ShiftPattern pattern = rota.pattern(user.alliance(), serviceId, patternId);
    try {
      rota.switchOff(user, serviceId, patternId, from, params.get("offReason"), Ids.number(params.get("version")));
      redirect.addFlashAttribute("success", "Shift pattern switched off: no shifts will be made from it from "
          + from);
      return "redirect:/rota/" + serviceId + "/patterns/" + patternId;
    } catch (InvalidInput | Refused | EditConflict e) {
      Form form = new Form(pattern.startsAt().toString(), pattern.endsAt().toString(),
          String.valueOf(pattern.staffNeeded()), pattern.days(), params.get("offFromDay"), params.get("offFromMonth"),
          params.get("offFromYear"), params.get("offReason"));
      return page(user, serviceId, pattern, form, errors(e), model);
    }
  }

  private static Map<String, String> errors(RuntimeException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    FormErrors.of(e).forEach((field, message) ->
        errors.put(field.equals(FormErrors.CONFLICT) ? "conflict" : field,
            field.equals(FormErrors.CONFLICT) ? CONFLICT : message));
    return errors;
  }
}
