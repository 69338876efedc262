package org.bridgeway.pathway.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.pathway.BoardFilter;
import org.bridgeway.pathway.CapacityBoard;
import org.bridgeway.pathway.LengthDistribution;
import org.bridgeway.pathway.LengthsOfStay;
import org.bridgeway.pathway.StayLengths;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The capacity board and lengths of stay across the alliance. Both are read with GET forms, so a board for a
 * day or a filter can be bookmarked; a bad filter is shown beside its field with the default view below it.
 */
@Controller
class BoardPages {

  private final CapacityBoard board;
  private final LengthsOfStay lengths;
  private final Organisations organisations;
  private final Localities localities;

  BoardPages(CapacityBoard board, LengthsOfStay lengths, Organisations organisations, Localities localities) {
    this.board = board;
    this.lengths = lengths;
    this.organisations = organisations;
    this.localities = localities;
  }

  @GetMapping("/pathway/board")
  String board(@AuthenticationPrincipal CurrentUser user, @ModelAttribute BoardForm form, Model model) {
    LocalDate today = board.today();
    Map<String, String> errors = Map.of();
    BoardFilter filter;
    try {
      filter = form.filter(today);
      model.addAttribute("board", board.board(user, filter));
    } catch (InvalidInput | Refused e) {
      errors = FormErrors.of(e);
      filter = new BoardFilter(today, BoardFilter.DEFAULT_WEEKS, null, null, null);
      model.addAttribute("board", board.board(user, filter));
    }
    model.addAttribute("form", errors.isEmpty() ? BoardForm.of(filter) : form);
    model.addAttribute("errors", errors);
    model.addAttribute("wide", true);
    Map<String, String> orgs = new LinkedHashMap<>();
    organisations.all(user.alliance()).forEach(o -> orgs.put(o.id().toString(), o.name()));
    Map<String, String> places = new LinkedHashMap<>();
    localities.all(user.alliance()).forEach(l -> places.put(l.id().toString(), l.name()));
    Map<String, String> kinds = new LinkedHashMap<>();
    Arrays.stream(ServiceKind.values()).filter(CapacityBoard::onBoard).forEach(k -> kinds.put(k.name(), k.label()));
    model.addAttribute("organisationOptions", orgs);
    model.addAttribute("localityOptions", places);
    model.addAttribute("kindOptions", kinds);
    return "pathway/board";
  }

  @GetMapping("/pathway/lengths-of-stay")
  String lengths(@AuthenticationPrincipal CurrentUser user, @ModelAttribute LengthsForm form,
      @RequestParam(defaultValue = "0") int page, Model model) {
    LocalDate today = lengths.today();
    Map<String, String> errors = Map.of();
    StayLengths report;
    LengthsForm shown = form;
    try {
      List<LocalDate> dates = form.dates(today);
      report = lengths.report(user, dates.get(0), dates.get(1), dates.get(2), page);
      shown = LengthsForm.of(report.day(), report.from(), report.to());
    } catch (InvalidInput | Refused e) {
      errors = FormErrors.of(e);
      report = lengths.report(user, today, LengthsOfStay.yearBefore(today), today, 0);
    }
    model.addAttribute("report", report);
    model.addAttribute("form", shown);
    model.addAttribute("errors", errors);
    model.addAttribute("bands", LengthDistribution.BANDS);
    model.addAttribute("endedChart", LengthChart.of(report.ended()));
    model.addAttribute("openChart", LengthChart.of(report.open()));
    model.addAttribute("pageUrl", "/pathway/lengths-of-stay?" + shown.query());
    return "pathway/lengths-of-stay";
  }
}
