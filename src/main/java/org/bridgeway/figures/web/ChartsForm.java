package org.bridgeway.figures.web;

import org.bridgeway.figures.FiguresForm;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.jspecify.annotations.Nullable;

/** What the charts' GET forms send: the figure, the span, the filters, the flow's period and the budget's year. */
record ChartsForm(@Nullable String figure, @Nullable String span, @Nullable String organisation,
    @Nullable String service, @Nullable String serviceKind, @Nullable String locality, @Nullable String period,
    @Nullable String year) {

  /** The filters, refused field by field as on the dashboard. */
  Filters filters(Period byDefault) {
    return new FiguresForm(null, null, null, null, null, null, null, null, null, null, null, null, organisation,
        service, serviceKind, locality).choice(byDefault).filters();
  }

  ChartsForm with(String figureId, String spanId, @Nullable String periodId, @Nullable String yearId) {
    return new ChartsForm(figureId, spanId, organisation, service, serviceKind, locality, periodId, yearId);
  }
}
