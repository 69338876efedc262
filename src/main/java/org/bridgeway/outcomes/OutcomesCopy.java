package org.bridgeway.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.CopyPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's outcome answers and scores, in their copy of their record. */
@Component
class OutcomesCopy implements CopyPart {

  private final MyOutcomes mine;

  OutcomesCopy(MyOutcomes mine) {
    this.mine = mine;
  }

  @Override
  public String fileName() {
    return "outcomes.csv";
  }

  @Override
  public String about() {
    return "Your answers to questionnaires about how you are doing, such as DIALOG, with their scores.";
  }

  @Override
  public List<List<? extends @Nullable Object>> rows(CurrentUser me) {
    Map<String, Instrument> library = mine.instruments(me).stream()
        .collect(Collectors.toMap(Instrument::code, Function.identity()));
    List<List<? extends @Nullable Object>> rows = new ArrayList<>();
    rows.add(List.of("date answered", "questionnaire", "question", "answer", "wants more help", "filled in by"));
    for (OutcomeResponse r : mine.mine(me)) {
      Instrument instrument = library.get(r.instrumentCode());
      String name = instrument == null ? r.instrumentCode() : instrument.name();
      for (Answer a : r.answers()) {
        String question = instrument == null ? String.valueOf(a.item())
            : instrument.item(a.item()).map(Item::text).orElse(String.valueOf(a.item()));
        rows.add(java.util.Arrays.asList(r.answeredOn(), name, question, a.answer(),
            a.wantsHelp() == null ? "" : a.wantsHelp() ? "Yes" : "No", r.recordedName()));
      }
      for (Score s : r.scores()) {
        rows.add(java.util.Arrays.asList(r.answeredOn(), name, "Score: " + s.name(), s.value().toPlainString(), "",
            r.recordedName()));
      }
    }
    return rows;
  }
}
