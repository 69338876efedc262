package org.bridgeway.outcomes.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.OutcomeResponse;
import org.jspecify.annotations.Nullable;

/**
 * One instrument as a person's outcomes page shows it: its responses in date order (voided ones left out), the
 * first and the latest.
 */
record Progress(Instrument instrument, List<OutcomeResponse> responses) {

  static List<Progress> of(List<Instrument> library, List<OutcomeResponse> all) {
    List<Progress> list = new ArrayList<>();
    for (Instrument instrument : library) {
      List<OutcomeResponse> mine = all.stream()
          .filter(r -> !r.voided() && r.instrumentCode().equals(instrument.code()))
          .sorted(Comparator.comparing(OutcomeResponse::answeredOn).thenComparing(OutcomeResponse::recordedAt))
          .toList();
      if (!mine.isEmpty() || instrument.active()) {
        list.add(new Progress(instrument, mine));
      }
    }
    return list;
  }

  static Progress one(Instrument instrument, List<OutcomeResponse> all) {
    return of(List.of(instrument), all).stream().findFirst().orElse(new Progress(instrument, List.of()));
  }

  public @Nullable OutcomeResponse first() {
    return responses.isEmpty() ? null : responses.get(0);
  }

  public @Nullable OutcomeResponse latest() {
    return responses.isEmpty() ? null : responses.get(responses.size() - 1);
  }

  public boolean compared() {
    return responses.size() > 1;
  }

  /** The answer to an item in a response, or null. */
  public @Nullable Integer answer(@Nullable OutcomeResponse response, int item) {
    return response == null ? null : response.answer(item).map(a -> a.answer()).orElse(null);
  }
}
