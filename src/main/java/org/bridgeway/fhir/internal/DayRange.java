package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a {@code date} search parameter names, both ends included: {@code ge} and {@code le} include the day
 * given, {@code gt} and {@code lt} start or end a day further in, a date without a prefix is that day alone.
 * Either end may be open. Bridgeway's contacts, attendances and readings each fall on a day.
 */
record DayRange(@Nullable LocalDate from, @Nullable LocalDate to) {

  static DayRange of(@Nullable DateRangeParam range) {
    if (range == null) {
      return new DayRange(null, null);
    }
    return new DayRange(day(range.getLowerBound(), ParamPrefixEnum.GREATERTHAN, 1),
        day(range.getUpperBound(), ParamPrefixEnum.LESSTHAN, -1));
  }

  boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  private static @Nullable LocalDate day(@Nullable DateParam bound, ParamPrefixEnum exclusive, int step) {
    if (bound == null || bound.getValueAsString() == null) {
      return null;
    }
    LocalDate day = LocalDate.parse(bound.getValueAsString().substring(0, 10));
    return bound.getPrefix() == exclusive ? day.plusDays(step) : day;
  }
}
