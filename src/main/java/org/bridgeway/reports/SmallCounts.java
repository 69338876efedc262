package org.bridgeway.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bridgeway.figures.SmallNumbers;

/**
 * The small-numbers rule of {@link SmallNumbers} applied to a column of counts shown with their total. Each count
 * from 1 to 4 is hidden ("fewer than 5"). When exactly one count of the column is hidden, the total less the
 * counts shown would tell it, so the smallest other count above 0 is hidden too ("not shown: small numbers");
 * the total itself is hidden when it is from 1 to 4. Zero is shown: it identifies no one.
 */
public final class SmallCounts {

  private SmallCounts() {}

  /** The positions in {@code counts} to hide, in order. */
  public static List<Integer> hidden(List<Long> counts) {
    TreeSet<Integer> hide = new TreeSet<>();
    for (int i = 0; i < counts.size(); i++) {
      if (SmallNumbers.small(counts.get(i))) {
        hide.add(i);
      }
    }
    if (hide.size() == 1) {
      int other = -1;
      for (int i = 0; i < counts.size(); i++) {
        if (!hide.contains(i) && counts.get(i) > 0 && (other < 0 || counts.get(i) < counts.get(other))) {
          other = i;
        }
      }
      if (other >= 0) {
        hide.add(other);
      }
    }
    return new ArrayList<>(hide);
  }

  /** The text shown for a hidden count: "fewer than 5" for a small one, otherwise "not shown: small numbers". */
  public static String text(long count) {
    return SmallNumbers.small(count) ? SmallNumbers.FEWER_THAN_5 : SmallNumbers.NOT_SHOWN;
  }
}
