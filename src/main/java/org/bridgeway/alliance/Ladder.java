package org.bridgeway.alliance;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

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

  public Ladder {
    levels = Map.copyOf(new EnumMap<>(levels));
  }

  /** The usual ladder, as a new alliance starts with it. */
  public static Ladder standard() {
    Map<ServiceKind, Integer> levels = new EnumMap<>(ServiceKind.class);
    for (ServiceKind kind : ServiceKind.ladder()) {
      levels.put(kind, kind.ladderLevel().getAsInt());
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
}
