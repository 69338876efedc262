package org.bridgeway.work;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person's status on a day is the latest record dated on or before that day (of two on the same date, the one
 * recorded last). The public figure "in work, volunteering, education or training" on a day counts the people
 * whose status on that day is {@link VocationalStatus#occupied() occupied}; people with no record dated on or
 * before the day are not counted. A voided status is as if it had never been recorded.
 */
public final class StatusOnADay {

  private static final Comparator<VocationalStatus> ORDER = Comparator.comparing(VocationalStatus::date)
      .thenComparing(VocationalStatus::recordedAt);

  private StatusOnADay() {}

  public static Optional<VocationalStatus> of(Collection<VocationalStatus> records, LocalDate day) {
    return records.stream().filter(r -> !r.voided() && !r.date().isAfter(day)).max(ORDER);
  }

  /** The people among the records whose status on the day counts as occupied. */
  public static long occupiedPeople(Collection<VocationalStatus> records, LocalDate day) {
    Map<UUID, List<VocationalStatus>> byPerson = records.stream()
        .collect(Collectors.groupingBy(VocationalStatus::personId));
    return byPerson.values().stream().filter(r -> of(r, day).map(VocationalStatus::occupied).orElse(false)).count();
  }
}
