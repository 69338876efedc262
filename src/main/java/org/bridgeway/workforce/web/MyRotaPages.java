package org.bridgeway.workforce.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.Rota;
import org.bridgeway.workforce.RotaRights;
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
 * The rota of the service a person lives in, for a person given the right to help manage it; anyone else is told
 * there is no such page.
 */
@Controller
class MyRotaPages {

  private final RotaRights rights;
  private final Rota rota;

  MyRotaPages(RotaRights rights, Rota rota) {
    this.rights = rights;
    this.rota = rota;
  }

  @GetMapping("/me/rota")
  String week(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String week,
      Model model) {
    return week(me, week, model, Map.of());
  }

  private String week(CurrentUser me, @Nullable String week, Model model, Map<String, String> errors) {
    LocalDate day = Ids.date(week);
    model.addAttribute("week", rights.myWeek(me, day == null ? rota.today() : day));
    model.addAttribute("now", rota.now());
    model.addAttribute("errors", errors);
    return "workforce/my-rota";
  }

  @PostMapping("/me/rota/shifts/{shiftId}/assign")
  String fillGap(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID shiftId,
      @RequestParam(required = false) @Nullable String staffId, @RequestParam(required = false) @Nullable String version,
      @RequestParam(required = false) @Nullable String week, Model model, RedirectAttributes redirect) {
    UUID staff = Ids.uuid(staffId);
    try {
      if (staff == null) {
        rights.myWeek(me, rota.today());
        throw new Refused("staffId", "Choose a member of staff");
      }
      rights.fillGap(me, shiftId, staff, Ids.number(version));
      redirect.addFlashAttribute("success", "Thank you: they are on the shift");
      return "redirect:/me/rota?week=" + (Ids.date(week) == null ? "" : week) + "#shift-" + shiftId;
    } catch (InvalidInput | Refused | EditConflict e) {
      return week(me, week, model, RotaPages.shiftErrors(e, shiftId));
    }
  }
}
