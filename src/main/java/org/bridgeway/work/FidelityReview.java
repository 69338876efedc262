package org.bridgeway.work;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A fidelity review of an employment team: the 25 scores in item order, with their total and band. */
public record FidelityReview(UUID id, UUID serviceId, LocalDate date, String reviewers, List<Integer> scores) {

  public int total() {
    return scores.stream().mapToInt(Integer::intValue).sum();
  }

  public String band() {
    return FidelityScale.band(total());
  }
}
