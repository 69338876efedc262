package org.bridgeway.alliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.bridgeway.shared.FieldProblem;

/**
 * One alliance's pathway ladder: the restrictiveness level of each kind of setting where a person lives, 1 the
 * most restrictive. Two kinds may share a level. Teams, day services and hospital or crisis settings are not on
 * the ladder. "Less restrictive" always means a higher level on this ladder, never the built-in order.
 *
 * @param levels the level of every kind on the ladder
 * @param version changes whenever any level changes, so that two administrators editing the ladder at once are
 *     told rather than overwriting each other
 */
public record Ladder(Map<ServiceKind, Integer> levels, int version) {

  public static final int TOP = 1;
  public static final int BOTTOM = 20;

  public Ladder {
    levels = Map.copyOf(new EnumMap<>(levels));
  }

  /** The usual ladder, as a new alliance starts with it. */
  public static Ladder standard() {
    Map<ServiceKind, Integer> levels = new EnumMap<>(ServiceKind.class);
    for (ServiceKind kind : ServiceKind.ladder()) {
      levels.put(kind, kind.defaultLevel().getAsInt());
    }
    return new Ladder(levels, 0);
  }

  /** The kind's level on this ladder; empty for kinds not on it. */
  public OptionalInt level(ServiceKind kind) {
    Integer level = levels.get(kind);
    return level == null ? OptionalInt.empty() : OptionalInt.of(level);
  }

  public boolean onLadder(ServiceKind kind) {
    return levels.containsKey(kind);
  }

  /** True when the first kind is on a higher level (less restrictive) than the second; false off the ladder. */
  public boolean lessRestrictive(ServiceKind kind, ServiceKind than) {
    return onLadder(kind) && onLadder(than) && levels.get(kind) > levels.get(than);
  }

  /** True when the first kind is on a lower level (more restrictive) than the second; false off the ladder. */
  public boolean moreRestrictive(ServiceKind kind, ServiceKind than) {
    return lessRestrictive(than, kind);
  }

  /** The kinds on the ladder, most restrictive first; kinds on the same level in their built-in order. */
  public List<ServiceKind> kinds() {
    return levels.keySet().stream()
        .sorted(Comparator.comparingInt((ServiceKind k) -> levels.get(k)).thenComparing(Enum::ordinal))
        .toList();
  }

  /**
   * What is wrong with levels given for a whole ladder: every kind on the ladder needs a level from 1 to 20, and
   * no other kind may have one. Each problem's field is the kind's name.
   */
  public static List<FieldProblem> problems(Map<ServiceKind, Integer> levels) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ServiceKind kind : ServiceKind.ladder()) {
      Integer level = levels.get(kind);
      String name = kind.label().toLowerCase();
      if (level == null) {
        problems.add(new FieldProblem(kind.name(), "Enter a level from 1 to 20 for " + name));
      } else if (level < TOP || level > BOTTOM) {
        problems.add(new FieldProblem(kind.name(), "The level of " + name + " must be from 1 to 20"));
      }
    }
    levels.keySet().stream().filter(kind -> !kind.onLadder()).sorted().forEach(kind -> problems.add(
        new FieldProblem(kind.name(), kind.label() + " is not on the ladder: only settings where a person lives "
            + "have a level")));
    return problems;
  }
}
