package org.bridgeway.referrals.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Services;
import org.bridgeway.referrals.Waiting;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Who is waiting for what and since when, and the waiting-time figures for a period. */
@Controller
class WaitingPages {

  private final Waiting waiting;
  private final Services services;

  WaitingPages(Waiting waiting, Services services) {
    this.waiting = waiting;
    this.services = services;
  }

  /** The period asked for, as typed; empty parts mean the default period. */
  record PeriodForm(@Nullable String fromDay, @Nullable String fromMonth, @Nullable String fromYear,
      @Nullable String toDay, @Nullable String toMonth, @Nullable String toYear, @Nullable String service) {}

  @GetMapping("/referrals/waiting")
  String waiting(@AuthenticationPrincipal CurrentUser user, @ModelAttribute PeriodForm period,
      @RequestParam(defaultValue = "0") int page, Model model) {
    LocalDate[] fallback = waiting.defaultPeriod();
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate from = date(period.fromDay(), period.fromMonth(), period.fromYear(), fallback[0], "from", errors);
    LocalDate to = date(period.toDay(), period.toMonth(), period.toYear(), fallback[1], "to", errors);
    UUID service = ReferralForm.uuid(period.service());
    try {
      model.addAttribute("figures", waiting.figures(user.alliance(), from, to, service));
    } catch (Refused e) {
      errors.putAll(PageErrors.of(e, "to"));
      model.addAttribute("figures", waiting.figures(user.alliance(), fallback[0], fallback[1], service));
    }
    model.addAttribute("form", new PeriodForm(day(from), month(from), year(from), day(to), month(to), year(to),
        period.service()));
    model.addAttribute("errors", errors);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    Map<String, String> options = new LinkedHashMap<>();
    services.all(user.alliance()).forEach(s -> options.put(s.id().toString(), s.name()));
    model.addAttribute("services", options);
    model.addAttribute("undecided", waiting.undecided(user, page, ReferralPages.PAGE_SIZE));
    model.addAttribute("waitingLists", waiting.onWaitingLists(user));
    model.addAttribute("today", fallback[1]);
    return "referrals/waiting";
  }

  private static LocalDate date(@Nullable String d, @Nullable String m, @Nullable String y, LocalDate fallback,
      String field, Map<String, String> errors) {
    if (DateParts.blank(d, m, y)) {
      return fallback;
    }
    return DateParts.parse(d, m, y).orElseGet(() -> {
      errors.put(field, "Enter a real date, like 1 4 2026");
      return fallback;
    });
  }

  private static String day(LocalDate date) {
    return String.valueOf(date.getDayOfMonth());
  }

  private static String month(LocalDate date) {
    return String.valueOf(date.getMonthValue());
  }

  private static String year(LocalDate date) {
    return String.valueOf(date.getYear());
  }
}
