package org.bridgeway.outcomes.web;

import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.Outcomes;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alliance's library of outcome instruments: read by everyone who works with records, changed by admins. */
@Controller
class InstrumentPages {

  private static final Map<String, String> FIELDS = Map.of();

  private final Outcomes outcomes;

  InstrumentPages(Outcomes outcomes) {
    this.outcomes = outcomes;
  }

  @GetMapping("/outcomes/instruments")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("instruments", outcomes.instruments(user));
    model.addAttribute("admin", user.role() == org.bridgeway.access.Role.ADMIN);
    return "outcomes/instruments";
  }

  @GetMapping("/outcomes/instruments/{code}")
  String one(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
    model.addAttribute("instrument", outcomes.instrument(user, code));
    model.addAttribute("admin", user.role() == org.bridgeway.access.Role.ADMIN);
    model.addAttribute("errors", Map.of());
    return "outcomes/instrument";
  }

  @GetMapping("/outcomes/instruments/new")
  String add(@AuthenticationPrincipal CurrentUser user, Model model) {
    outcomes.instruments(user);
    return form(model, InstrumentForm.empty(), Map.of(), false);
  }

  @GetMapping("/outcomes/instruments/{code}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
    return form(model, InstrumentForm.of(outcomes.instrument(user, code)), Map.of(), true);
  }

  private static String form(Model model, InstrumentForm form, Map<String, String> errors, boolean editing) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("editing", editing);
    return "outcomes/instrument-form";
  }

  @PostMapping("/outcomes/instruments")
  String create(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> sent, Model model,
      RedirectAttributes redirect) {
    InstrumentForm form = InstrumentForm.from(sent);
    try {
      Instrument instrument = form.instrument();
      outcomes.addInstrument(user, instrument);
      redirect.addFlashAttribute("success", instrument.name() + " is added to the library.");
      return "redirect:/outcomes/instruments/" + instrument.code();
    } catch (InvalidInput | Refused e) {
      return form(model, form, FormErrors.of(e, FIELDS), false);
    }
  }

  @PostMapping("/outcomes/instruments/{code}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
      @RequestParam Map<String, String> sent, Model model, RedirectAttributes redirect) {
    Map<String, String> withCode = new java.util.HashMap<>(sent);
    withCode.put("code", code);
    InstrumentForm form = InstrumentForm.from(withCode);
    try {
      outcomes.changeInstrument(user, form.instrument());
      redirect.addFlashAttribute("success", "The changes to " + form.name() + " are saved.");
      return "redirect:/outcomes/instruments/" + code;
    } catch (InvalidInput | Refused e) {
      return form(model, form, FormErrors.of(e, FIELDS), true);
    }
  }

  @PostMapping("/outcomes/instruments/{code}/active")
  String active(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
      @RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
    try {
      outcomes.setActive(user, code, active);
      redirect.addFlashAttribute("success", active ? "The instrument is back in use."
          : "The instrument is out of use: no new answers can be saved. Its answers are kept.");
      return "redirect:/outcomes/instruments/" + code;
    } catch (Refused e) {
      model.addAttribute("instrument", outcomes.instrument(user, code));
      model.addAttribute("admin", true);
      model.addAttribute("errors", FormErrors.of(e));
      return "outcomes/instrument";
    }
  }
}
