package org.bridgeway.outcomes;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An outcome questionnaire as an alliance has it in its library: its items, the scale every item is answered on
 * (whole numbers from {@code scaleMin} to {@code scaleMax}, with labels for the ends and the middle) and its scores.
 */
public record Instrument(String code, String name, String version, String licenceNote, boolean shipped,
    boolean active, int scaleMin, int scaleMax, String minLabel, String maxLabel, @Nullable String midLabel,
    boolean asksForHelp, List<Item> items, List<ScoreRule> rules) {

  public Instrument {
    items = List.copyOf(items);
    rules = List.copyOf(rules);
  }

  public Optional<Item> item(int number) {
    return items.stream().filter(i -> i.number() == number).findFirst();
  }

  /** The first score, compared over time. */
  public ScoreRule total() {
    return rules.get(0);
  }

  /** The points of the scale, lowest first. */
  public List<Integer> points() {
    return java.util.stream.IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList();
  }

  /** The label of a point of the scale, or null for an unlabelled one. */
  public @Nullable String label(int point) {
    if (point == scaleMin) {
      return minLabel;
    }
    if (point == scaleMax) {
      return maxLabel;
    }
    return (scaleMin + scaleMax) % 2 == 0 && point == (scaleMin + scaleMax) / 2 ? midLabel : null;
  }

  /** The lowest and highest the total can be. */
  public String totalRange() {
    ScoreRule total = total();
    if (total.method() == ScoreRule.Method.MEAN) {
      return scaleMin + " to " + scaleMax;
    }
    return scaleMin * total.items().size() + " to " + scaleMax * total.items().size();
  }
}
