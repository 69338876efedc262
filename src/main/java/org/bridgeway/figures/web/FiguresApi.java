package org.bridgeway.figures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Choice;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.Filters;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alliance figures over JSON, with the same definitions, access, suppression and audit as the dashboard. */
@RestController
@Tag(name = "Figures", description = "The alliance figures for a period against a baseline period")
class FiguresApi {

  private final AllianceFigures figures;

  FiguresApi(AllianceFigures figures) {
    this.figures = figures;
  }

  /**
   * One figure. {@code value}, {@code baselineValue} and {@code change} are empty when not shown (small numbers
   * for commissioners, or nothing to measure); money is in pence; {@code change} is a percentage to one decimal
   * place; {@code status} is UP, DOWN, SAME or NOT_COMPARED.
   */
  record FigureJson(String id, String title, String definition, String unit, @Nullable BigDecimal value,
      @Nullable BigDecimal baselineValue, @Nullable BigDecimal change, @Nullable String target, String status,
      String direction, boolean suppressed, boolean available, String valueText, String baselineText,
      String changeText) {

    static FigureJson of(Figure f) {
      return new FigureJson(f.id(), f.title(), f.definition(), f.unit().name(), f.value(), f.baselineValue(),
          f.change(), f.target(), f.status().name(), f.direction().name(), f.suppressed(), f.available(),
          f.valueText(), f.baselineText(), f.changeText());
    }
  }

  @GetMapping("/api/figures")
  @Operation(summary = "Every alliance figure for a period against a baseline period (ISO dates, both ends "
      + "included; by default the last full quarter against the same quarter a year earlier), narrowed by "
      + "organisation, service, kind of service and locality. Each figure has a stable id (such as "
      + "residential-placements, rehab-admissions, residential-entrances, residential-discharges, moved-on, "
      + "length-of-stay-over, waiting-decision-median, in-work, community-access, plans-agreed, recruitment-panels, "
      + "forum-actions-closed), its definition, value, baseline value, change and target. "
      + "For commissioners any count from 1 to 4 and any figure that would let one be worked out is suppressed. "
      + "Money is in pence. A bad date or an unknown filter answers 400.")
  List<FigureJson> figures(@AuthenticationPrincipal CurrentUser user,
      @Parameter(description = "First day of the period") @RequestParam(required = false)
          @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate start,
      @Parameter(description = "Last day of the period") @RequestParam(required = false)
          @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate end,
      @Parameter(description = "First day of the baseline period") @RequestParam(required = false)
          @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate baselineStart,
      @Parameter(description = "Last day of the baseline period") @RequestParam(required = false)
          @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate baselineEnd,
      @Parameter(description = "A partner organisation's id") @RequestParam(required = false)
          @Nullable UUID organisation,
      @Parameter(description = "A service's id") @RequestParam(required = false) @Nullable UUID service,
      @Parameter(description = "A kind of service") @RequestParam(required = false) @Nullable ServiceKind serviceKind,
      @Parameter(description = "A locality's id") @RequestParam(required = false) @Nullable UUID locality) {
    Choice choice = Choice.of(start, end, baselineStart, baselineEnd,
        new Filters(organisation, service, serviceKind, locality), figures.defaultPeriod());
    return figures.compute(user, choice.period(), choice.baseline(), choice.filters()).stream()
        .map(FigureJson::of).toList();
  }
}
