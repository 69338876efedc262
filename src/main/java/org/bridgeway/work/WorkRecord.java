package org.bridgeway.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person's work record: statuses and jobs newest first, their profile and in-work support contacts. */
public record WorkRecord(List<VocationalStatus> statuses, VocationalProfile profile, List<Job> jobs,
    List<SupportContact> support, LocalDate today) {

  public Optional<VocationalStatus> current() {
    return StatusOnADay.of(statuses, today);
  }

  public List<SupportContact> supportFor(Job job) {
    return support.stream().filter(s -> s.jobId().equals(job.id())).toList();
  }
}
