package org.bridgeway.outcomes.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.Item;
import org.bridgeway.outcomes.NewResponse;
import org.bridgeway.outcomes.Scoring;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The answers form as sent: {@code item-N} the answer, {@code help-N} "true" for more help, {@code answeredOn}. */
record AnswerForm(Map<String, String> sent) {

  static AnswerForm empty() {
    return new AnswerForm(Map.of());
  }

  public String value(String field) {
    return sent.getOrDefault(field, "");
  }

  public boolean checked(String field, int point) {
    return String.valueOf(point).equals(sent.get(field));
  }

  public boolean help(int item) {
    return "true".equals(sent.get("help-" + item));
  }

  NewResponse response(Instrument instrument) {
    Map<Integer, @Nullable String> answers = new HashMap<>();
    Map<Integer, Boolean> help = new HashMap<>();
    for (Item item : instrument.items()) {
      answers.put(item.number(), sent.get(Scoring.field(item.number())));
      help.put(item.number(), help(item.number()));
    }
    return new NewResponse(answeredOn(), answers, help);
  }

  private @Nullable LocalDate answeredOn() {
    String on = sent.get("answeredOn");
    if (on == null || on.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(List.of(new FieldProblem("answeredOn", "Enter the date answered as a real date")));
    }
  }

  /** Form fields in page order, for the error summary. */
  static Map<String, String> fieldNames(Instrument instrument) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("answeredOn", "answeredOn");
    instrument.items().forEach(i -> names.put(Scoring.field(i.number()), Scoring.field(i.number())));
    return names;
  }
}
