package org.bridgeway.figures.web;

import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Choice;
import org.bridgeway.figures.FigureRecords;
import org.bridgeway.figures.FiguresForm;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The alliance figures dashboard. Read with a GET form, so a period and filters can be bookmarked; a bad choice
 * is shown beside its field with the default figures below it (the last full quarter against the same quarter a
 * year earlier, for the whole alliance).
 */
@Controller
class FiguresPages {

  private final AllianceFigures figures;
  private final FilterOptions filterOptions;

  FiguresPages(AllianceFigures figures, FilterOptions filterOptions) {
    this.figures = figures;
    this.filterOptions = filterOptions;
  }

  @GetMapping("/figures")
  String dashboard(@AuthenticationPrincipal CurrentUser user, @ModelAttribute FiguresForm form, Model model) {
    Period byDefault = figures.defaultPeriod();
    Map<String, String> errors = Map.of();
    Choice choice;
    try {
      choice = form.choice(byDefault);
      model.addAttribute("figures", figures.compute(user, choice.period(), choice.baseline(), choice.filters()));
    } catch (InvalidInput | Refused e) {
      errors = FormErrors.of(e);
      choice = new Choice(byDefault, byDefault.yearEarlier(), Filters.none());
      model.addAttribute("figures", figures.compute(user, choice.period(), choice.baseline(), choice.filters()));
    }
    model.addAttribute("choice", choice);
    model.addAttribute("form", errors.isEmpty() ? FiguresForm.of(choice) : form);
    model.addAttribute("errors", errors);
    model.addAttribute("wide", true);
    model.addAttribute("commissioner", user.is(Role.COMMISSIONER));
    model.addAttribute("drill", FigureRecords.mayDrill(user));
    model.addAttribute("recordsQuery", FigureRecordsPages.query(choice.period(), choice.filters()));
    Period year = Period.financialYearOf(byDefault.start());
    model.addAttribute("quarterLink", link(byDefault));
    model.addAttribute("yearLink", link(year));
    model.addAttribute("yearText", year.text());
    filterOptions.addTo(user, model);
    return "figures/dashboard";
  }

  private static String link(Period p) {
    return "/figures?startDay=" + p.start().getDayOfMonth() + "&startMonth=" + p.start().getMonthValue()
        + "&startYear=" + p.start().getYear() + "&endDay=" + p.end().getDayOfMonth() + "&endMonth="
        + p.end().getMonthValue() + "&endYear=" + p.end().getYear();
  }
}
