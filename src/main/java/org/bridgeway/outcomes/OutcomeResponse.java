package org.bridgeway.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A saved response with its answers and the scores worked out when it was saved. */
public record OutcomeResponse(UUID id, UUID personId, String instrumentCode, LocalDate answeredOn, boolean byPerson,
    String recordedName, Instant recordedAt, BigDecimal total, List<Answer> answers, List<Score> scores,
    @Nullable String voidedBy, @Nullable Instant voidedAt, @Nullable String voidReason) {

  public OutcomeResponse {
    answers = List.copyOf(answers);
    scores = List.copyOf(scores);
  }

  public boolean voided() {
    return voidedAt != null;
  }

  public Optional<Answer> answer(int item) {
    return answers.stream().filter(a -> a.item() == item).findFirst();
  }
}
