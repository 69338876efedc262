package org.bridgeway.money;

import java.util.List;
import org.bridgeway.pathway.Stay;
import org.jspecify.annotations.Nullable;

/**
 * A stay with the service's weekly rate on the day asked about (null when none is recorded) and the stay's
 * individual package rates, earliest first, which override the service's rate on their days.
 */
public record StayPackages(Stay stay, @Nullable Long serviceWeeklyPence, List<RatePeriod> packages) {

  public @Nullable String serviceWeeklyText() {
    return serviceWeeklyPence == null ? null : Pounds.text(serviceWeeklyPence);
  }
}
