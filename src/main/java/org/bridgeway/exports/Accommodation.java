package org.bridgeway.exports;

import java.util.List;
import java.util.Optional;
import org.bridgeway.alliance.ServiceKind;

/**
 * How each kind of Bridgeway setting becomes an MHSDS accommodation type (MHS003). MHSDS has no code for staffed
 * flats, supported living or a community recovery house: they are tenancies or licences with support on site, so
 * they are 11 (specialist housing with adaptations and support to live independently). Bridgeway does not record
 * whether a person owns or rents their own home, so "own home" and "floating support in own home" are 98 (other)
 * rather than a guessed tenure. Teams, day services and crisis houses are not where a person lives: no row.
 */
public final class Accommodation {

  /** One kind of setting, its MHSDS accommodation type (empty for none) and why. */
  public record Mapping(ServiceKind kind, String code, String meaning, String why) {

    public boolean exported() {
      return !code.isEmpty();
    }
  }

  public static final List<Mapping> MAPPINGS = List.of(
      new Mapping(ServiceKind.INPATIENT_REHABILITATION, "20", "Admitted patient setting", "A hospital ward"),
      new Mapping(ServiceKind.ACUTE_WARD, "20", "Admitted patient setting", "A hospital ward"),
      new Mapping(ServiceKind.NURSING_CARE, "10", "Care home with nursing", "Same meaning"),
      new Mapping(ServiceKind.RESIDENTIAL_CARE, "09", "Care home without nursing", "Same meaning"),
      new Mapping(ServiceKind.COMMUNITY_RECOVERY, "11",
          "Specialist housing with adaptations and support to live independently",
          "A recovery house with staff on site; MHSDS has no code of its own for it"),
      new Mapping(ServiceKind.STAFFED_FLATS, "11",
          "Specialist housing with adaptations and support to live independently",
          "Flats with staff on site day and night; MHSDS has no code of its own for them"),
      new Mapping(ServiceKind.SUPPORTED_LIVING, "11",
          "Specialist housing with adaptations and support to live independently",
          "A tenancy with support; MHSDS has no code of its own for it"),
      new Mapping(ServiceKind.FLOATING_SUPPORT, "98", "Other",
          "The person's own home; Bridgeway does not record whether they own it or rent it, or from whom"),
      new Mapping(ServiceKind.OWN_HOME, "98", "Other",
          "The person's own home; Bridgeway does not record whether they own it or rent it, or from whom"),
      new Mapping(ServiceKind.CRISIS_ALTERNATIVE, "", "No row",
          "A short stay in a crisis: the person keeps their home"),
      new Mapping(ServiceKind.REHABILITATION_TEAM, "", "No row", "A team, not a place to live"),
      new Mapping(ServiceKind.COMMUNITY_TEAM, "", "No row", "A team, not a place to live"),
      new Mapping(ServiceKind.EMPLOYMENT_TEAM, "", "No row", "A team, not a place to live"),
      new Mapping(ServiceKind.DROP_IN, "", "No row", "A day service, not a place to live"),
      new Mapping(ServiceKind.BUILDING_BASE, "", "No row", "A day service, not a place to live"),
      new Mapping(ServiceKind.DAY_SERVICE, "", "No row", "A day service, not a place to live"));

  private Accommodation() {}

  /** The accommodation type a stay at a service of this kind means, if it is a place where the person lives. */
  public static Optional<String> code(ServiceKind kind) {
    return MAPPINGS.stream().filter(m -> m.kind() == kind && m.exported()).map(Mapping::code).findFirst();
  }

  /** Hospital wards, whose stays are hospital provider spells (MHS501). */
  public static boolean hospital(ServiceKind kind) {
    return kind == ServiceKind.INPATIENT_REHABILITATION || kind == ServiceKind.ACUTE_WARD;
  }
}
