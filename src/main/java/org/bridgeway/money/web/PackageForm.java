package org.bridgeway.money.web;

import org.bridgeway.money.NewRate;
import org.jspecify.annotations.Nullable;

/** What the package rate form sends: the weekly rate in pounds, its days and why it differs. */
record PackageForm(@Nullable String weekly,
    @Nullable String fromDay, @Nullable String fromMonth, @Nullable String fromYear,
    @Nullable String toDay, @Nullable String toMonth, @Nullable String toYear, @Nullable String reason) {

  static PackageForm empty() {
    return new PackageForm(null, null, null, null, null, null, null, null);
  }

  NewRate rate() {
    NewRate rate = new RateForm(weekly, fromDay, fromMonth, fromYear, toDay, toMonth, toYear).rate();
    return new NewRate(rate.from(), rate.to(), rate.weeklyPence(), reason);
  }
}
