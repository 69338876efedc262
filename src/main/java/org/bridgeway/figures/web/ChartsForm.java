package org.bridgeway.figures.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.FiguresForm;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.figures.Span;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;

/**
 * What the charts' GET forms send: the figure, the span, the filters, the flow's period and the budget's year. The
 * pages and the JSON of the charts read it the same way.
 */
record ChartsForm(@Nullable String figure, @Nullable String span, @Nullable String organisation,
    @Nullable String service, @Nullable String serviceKind, @Nullable String locality, @Nullable String period,
    @Nullable String year) {

  /** The filters, refused field by field as on the dashboard. */
  Filters filters(Period byDefault) {
    return new FiguresForm(null, null, null, null, null, null, null, null, null, null, null, null, organisation,
        service, serviceKind, locality).choice(byDefault).filters();
  }

  /** The figure asked for, by its id; residential placements when none is. */
  FigureId figureId() {
    return figure == null || figure.isBlank() ? FigureId.RESIDENTIAL_PLACEMENTS
        : FigureId.of(figure).orElseThrow(() -> new Refused("figure", "Select a figure from the list"));
  }

  /** The span asked for; the last 8 quarters when none, or an unknown one, is. */
  Span chosenSpan() {
    return span == null ? Span.QUARTERS_8 : Span.of(span).orElse(Span.QUARTERS_8);
  }

  /**
   * The flow's period, written as its first and last days ("2026-04-01_2026-06-30"), shorter than two years;
   * {@code byDefault} when none, or no such period, is asked for.
   */
  Period chosenPeriod(Period byDefault) {
    if (period != null && period.matches("\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}")) {
      String[] ends = period.split("_");
      try {
        LocalDate start = LocalDate.parse(ends[0]);
        LocalDate end = LocalDate.parse(ends[1]);
        if (!end.isBefore(start) && end.isBefore(start.plusYears(2))) {
          return new Period(start, end);
        }
      } catch (DateTimeParseException e) {
        return byDefault;
      }
    }
    return byDefault;
  }

  /** The financial year asked for, by the year it starts; none when none is. */
  @Nullable Integer chosenYear() {
    return year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
  }

  ChartsForm with(String figureId, String spanId, @Nullable String periodId, @Nullable String yearId) {
    return new ChartsForm(figureId, spanId, organisation, service, serviceKind, locality, periodId, yearId);
  }
}
