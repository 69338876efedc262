package org.bridgeway.plans;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person's current draft plan: its words, the agreed version it started from, its version (which every save
 * moves on, so a save of an older version is refused), who last changed it and the agreements given to this text.
 */
public record PlanDraft(UUID id, UUID personId, PlanContent content, @Nullable Integer startedFrom, int version,
    String changedName, Instant changedAt, @Nullable Agreement workerAgreement,
    @Nullable Agreement personAgreement) {

  public boolean agreedByWorker() {
    return workerAgreement != null;
  }

  public boolean agreedByPerson() {
    return personAgreement != null;
  }
}
