package org.bridgeway.dayservices;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The register of one occurrence of a session: each registered person, and the head count of anonymous visitors. */
public record AttendanceRegister(DaySession session, LocalDate date, List<RegisterEntry> entries,
    @Nullable Integer headCount) {

  public long present() {
    return entries.stream().filter(e -> Boolean.TRUE.equals(e.present())).count();
  }
}
