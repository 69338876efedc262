package org.bridgeway.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Checks a response's answers against its instrument and works out its scores. Scores are never typed in: a score
 * is the sum of its items' answers, or their mean to three decimal places (halves rounded up), with a
 * reverse-scored item counted as (min + max − answer).
 */
public final class Scoring {

  private Scoring() {}

  /** The form field of an item's answer. */
  public static String field(int item) {
    return "item-" + item;
  }

  /** Every item answered with a whole number on the scale, or refused with a problem beside each item at fault. */
  public static List<Answer> check(Instrument instrument, NewResponse sent) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Answer> answers = new ArrayList<>();
    for (Item item : instrument.items()) {
      @Nullable String given = sent.answers().get(item.number());
      String range = "from " + instrument.scaleMin() + " to " + instrument.scaleMax();
      if (given == null || given.isBlank()) {
        problems.add(new FieldProblem(field(item.number()),
            "Choose an answer " + range + " for question " + item.number() + ", " + item.domain()));
        continue;
      }
      int value;
      try {
        value = Integer.parseInt(given.strip());
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem(field(item.number()), "The answer to question " + item.number()
            + " must be a whole number " + range));
        continue;
      }
      if (value < instrument.scaleMin() || value > instrument.scaleMax()) {
        problems.add(new FieldProblem(field(item.number()), "The answer to question " + item.number() + " must be "
            + range + "; " + value + " is not on the scale"));
        continue;
      }
      Boolean help = instrument.asksForHelp() ? sent.wantsHelp().getOrDefault(item.number(), false) : null;
      answers.add(new Answer(item.number(), value, help));
    }
    for (Integer number : sent.answers().keySet()) {
      if (instrument.item(number).isEmpty() && sent.answers().get(number) != null) {
        problems.add(new FieldProblem(field(number), instrument.name() + " has no question " + number));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return answers;
  }

  /** A score without trailing zeros: 4.5 rather than 4.500, 20 rather than 2E+1. */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The instrument's scores from answers already checked. */
  public static List<Score> score(Instrument instrument, List<Answer> answers) {
    Map<Integer, Integer> counted = new TreeMap<>();
    for (Answer answer : answers) {
      boolean reverse = instrument.item(answer.item()).map(Item::reverseScored).orElse(false);
      counted.put(answer.item(), reverse ? instrument.scaleMin() + instrument.scaleMax() - answer.answer()
          : answer.answer());
    }
    List<Score> scores = new ArrayList<>();
    for (ScoreRule rule : instrument.rules()) {
      long sum = 0;
      for (int item : rule.items()) {
        Integer value = counted.get(item);
        if (value == null) {
          throw new IllegalArgumentException("No answer to item " + item);
        }
        sum += value;
      }
      BigDecimal value = rule.method() == ScoreRule.Method.SUM ? BigDecimal.valueOf(sum)
          : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rule.items().size()), 3, RoundingMode.HALF_UP);
      scores.add(new Score(rule.position(), rule.name(), plain(value)));
    }
    return scores;
  }
}
