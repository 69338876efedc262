package org.bridgeway.alliance;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The kinds of service. Settings where a person lives sit on the pathway ladder, most restrictive first
 * (level 1); teams and day-service components sit beside the ladder and have no level, and so do hospital
 * wards and crisis alternatives to admission: a person goes into hospital for a while and keeps their home.
 */
public enum ServiceKind {
  INPATIENT_REHABILITATION("Inpatient rehabilitation ward", 1),
  NURSING_CARE("Nursing care", 2),
  RESIDENTIAL_CARE("Residential care", 3),
  COMMUNITY_RECOVERY("Community recovery service", 4),
  STAFFED_FLATS("24/7 staffed flats", 5),
  SUPPORTED_LIVING("Supported living", 6),
  FLOATING_SUPPORT("Floating support in own home", 7),
  OWN_HOME("Own home without support", 8),
  REHABILITATION_TEAM("Rehabilitation team", 0),
  COMMUNITY_TEAM("Community team", 0),
  EMPLOYMENT_TEAM("Employment team", 0),
  DROP_IN("Drop-in", 0),
  BUILDING_BASE("Building base with therapeutic groups", 0),
  DAY_SERVICE("Other day service", 0),
  ACUTE_WARD("Acute mental health ward (hospital)", 0),
  CRISIS_ALTERNATIVE("Crisis house or other alternative to admission", 0);

  private final String label;
  private final int level;

  ServiceKind(String label, int level) {
    this.label = label;
    this.level = level;
  }

  public String label() {
    return label;
  }

  /**
   * The level in the built-in order, 1 most restrictive to 8 least, with which a new alliance's ladder starts;
   * empty off the ladder. Each alliance sets its own levels: compare kinds on its {@link Ladder}, never here.
   */
  public OptionalInt defaultLevel() {
    return level == 0 ? OptionalInt.empty() : OptionalInt.of(level);
  }

  public boolean onLadder() {
    return level > 0;
  }

  /** Residential care in the figures: nursing or residential care, in or out of area. */
  public boolean residential() {
    return this == NURSING_CARE || this == RESIDENTIAL_CARE;
  }

  /** Day services are direct access, with opening times, and may be user-run. */
  public boolean dayService() {
    return this == DROP_IN || this == BUILDING_BASE || this == DAY_SERVICE;
  }

  /** Hospital admissions and their alternatives: short stays beside the ladder that do not end the person's home. */
  public boolean hospital() {
    return this == ACUTE_WARD || this == CRISIS_ALTERNATIVE;
  }

  /** The kinds that sit on a ladder, in the built-in order. */
  public static List<ServiceKind> ladder() {
    return Arrays.stream(values()).filter(ServiceKind::onLadder).toList();
  }
}
