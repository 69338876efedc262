package org.bridgeway.outcomes;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers as given, before they are checked: for each item number, the answer as typed or chosen (null if none)
 * and, for DIALOG+, whether the person wants more help with it.
 */
public record NewResponse(@Nullable LocalDate answeredOn, Map<Integer, @Nullable String> answers,
    Map<Integer, Boolean> wantsHelp) {

  public NewResponse {
    answers = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(answers));
    wantsHelp = Map.copyOf(wantsHelp);
  }
}
