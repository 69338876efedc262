package org.bridgeway.demo;

import static org.bridgeway.alliance.ServiceKind.COMMUNITY_RECOVERY;
import static org.bridgeway.alliance.ServiceKind.FLOATING_SUPPORT;
import static org.bridgeway.alliance.ServiceKind.INPATIENT_REHABILITATION;
import static org.bridgeway.alliance.ServiceKind.NURSING_CARE;
import static org.bridgeway.alliance.ServiceKind.RESIDENTIAL_CARE;
import static org.bridgeway.alliance.ServiceKind.STAFFED_FLATS;
import static org.bridgeway.alliance.ServiceKind.SUPPORTED_LIVING;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.bridgeway.alliance.ServiceKind;

/**
 * The odds behind {@link PathwaySimulation}'s journeys: where people first arrive, where a stay steps down or up
 * to, and how long each kind of stay is meant to last.
 */
final class Journeys {

  static final Map<ServiceKind, Weighted<ServiceKind>> STEP_DOWN = new EnumMap<>(Map.of(
      INPATIENT_REHABILITATION, Weighted.of(COMMUNITY_RECOVERY, 60, RESIDENTIAL_CARE, 20, STAFFED_FLATS, 15,
          NURSING_CARE, 5),
      NURSING_CARE, Weighted.of(RESIDENTIAL_CARE, 60, COMMUNITY_RECOVERY, 40),
      RESIDENTIAL_CARE, Weighted.of(COMMUNITY_RECOVERY, 50, STAFFED_FLATS, 30, SUPPORTED_LIVING, 20),
      COMMUNITY_RECOVERY, Weighted.of(STAFFED_FLATS, 60, SUPPORTED_LIVING, 25, FLOATING_SUPPORT, 15),
      STAFFED_FLATS, Weighted.of(SUPPORTED_LIVING, 40, FLOATING_SUPPORT, 60),
      SUPPORTED_LIVING, Weighted.of(FLOATING_SUPPORT, 1)));
  static final Map<ServiceKind, Weighted<ServiceKind>> STEP_UP = new EnumMap<>(Map.of(
      COMMUNITY_RECOVERY, Weighted.of(INPATIENT_REHABILITATION, 1),
      STAFFED_FLATS, Weighted.of(COMMUNITY_RECOVERY, 70, INPATIENT_REHABILITATION, 30),
      SUPPORTED_LIVING, Weighted.of(COMMUNITY_RECOVERY, 60, STAFFED_FLATS, 40),
      FLOATING_SUPPORT, Weighted.of(COMMUNITY_RECOVERY, 50, SUPPORTED_LIVING, 30, STAFFED_FLATS, 20)));
  /** Where people first arrive when the history begins: hospital rehabilitation and care homes first. */
  private static final Map<ServiceKind, Integer> ENTRY_BEFORE = weights(INPATIENT_REHABILITATION, 28,
      RESIDENTIAL_CARE, 22, NURSING_CARE, 8, COMMUNITY_RECOVERY, 12, STAFFED_FLATS, 5, SUPPORTED_LIVING, 6,
      FLOATING_SUPPORT, 19);
  /**
   * Where they arrive by today, once the alliance works as one: fewer admissions to rehabilitation wards and
   * far fewer entrances to care homes, more people met in the community services instead.
   */
  private static final Map<ServiceKind, Integer> ENTRY_NOW = weights(INPATIENT_REHABILITATION, 5,
      RESIDENTIAL_CARE, 4, NURSING_CARE, 2, COMMUNITY_RECOVERY, 30, STAFFED_FLATS, 20, SUPPORTED_LIVING, 20,
      FLOATING_SUPPORT, 16);

  /**
   * Where a newcomer first arrives, {@code progress} of the way (0 to 1) from the start of the history to
   * today: the weights move in a straight line from those of the start to today's.
   */
  static Weighted<ServiceKind> entry(double progress) {
    double p = Math.max(0, Math.min(1, progress));
    Object[] pairs = new Object[ENTRY_BEFORE.size() * 2];
    int i = 0;
    for (Map.Entry<ServiceKind, Integer> e : ENTRY_BEFORE.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = (int) Math.round(e.getValue() * (1 - p) * 10 + ENTRY_NOW.get(e.getKey()) * p * 10);
    }
    return Weighted.of(pairs);
  }

  private static Map<ServiceKind, Integer> weights(Object... pairs) {
    Map<ServiceKind, Integer> weights = new EnumMap<>(ServiceKind.class);
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put((ServiceKind) pairs[i], (Integer) pairs[i + 1]);
    }
    return weights;
  }

  /** How long a stay of the kind is meant to last, in days; a long stay in residential care lasts years. */
  static int length(SplittableRandom random, ServiceKind kind, boolean longStay) {
    if (longStay) {
      return 1900 + random.nextInt(1100);
    }
    return switch (kind) {
      case INPATIENT_REHABILITATION -> 180 + random.nextInt(186);
      case NURSING_CARE -> 730 + random.nextInt(1460);
      case RESIDENTIAL_CARE -> 548 + random.nextInt(1095);
      case COMMUNITY_RECOVERY -> 183 + random.nextInt(92);
      case STAFFED_FLATS -> 450 + random.nextInt(190);
      case SUPPORTED_LIVING -> 365 + random.nextInt(366);
      default -> 365 + random.nextInt(730);
    };
  }

  private Journeys() {}
}
