package org.bridgeway.governance.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** The one page that asks why something is being voided, for every governance record. */
final class VoidPage {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private VoidPage() {}

  static String show(Model model, String heading, @Nullable String explanation, String action, String back,
      VoidForm form, Map<String, String> errors) {
    model.addAttribute("heading", heading);
    model.addAttribute("explanation", explanation);
    model.addAttribute("action", action);
    model.addAttribute("back", back);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "governance/void";
  }

  static String date(LocalDate day) {
    return SHOWN.format(day);
  }
}
