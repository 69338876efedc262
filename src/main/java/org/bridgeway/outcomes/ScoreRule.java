package org.bridgeway.outcomes;

import java.util.List;

/** A score of an instrument: the sum or the mean of the answers to some of its items. Position 1 is the total. */
public record ScoreRule(int position, String name, Method method, List<Integer> items) {

  public enum Method { SUM, MEAN }

  public ScoreRule {
    items = List.copyOf(items);
  }
}
