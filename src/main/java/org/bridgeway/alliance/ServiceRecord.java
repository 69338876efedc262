package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A service of the alliance as it is saved, with its opening times. */
public record ServiceRecord(
    UUID id,
    UUID organisationId,
    String organisationName,
    String name,
    ServiceKind kind,
    boolean outOfArea,
    @Nullable Integer capacity,
    @Nullable CapacityUnit capacityUnit,
    @Nullable Long weeklyCostPence,
    @Nullable Integer intendedStayMinDays,
    @Nullable Integer intendedStayMaxDays,
    @Nullable String eligibility,
    boolean womenOnly,
    boolean userRun,
    boolean specialist,
    @Nullable String address,
    @Nullable String postcode,
    @Nullable UUID localityId,
    @Nullable String localityName,
    @Nullable String description,
    int version,
    List<OpeningTime> openingTimes) {

  /** Days in a month when a stay is shown or typed in months. */
  public static final int DAYS_IN_A_MONTH = 30;

  /** The weekly cost as money is written, like "£1,050.00"; empty when not known. */
  public String weeklyCostText() {
    return weeklyCostPence == null ? "" : pounds(weeklyCostPence);
  }

  public static String pounds(long pence) {
    return NumberFormat.getCurrencyInstance(Locale.UK).format(BigDecimal.valueOf(pence, 2));
  }

  public String capacityText() {
    return capacity == null ? "" : capacity + " " + (capacityUnit == null ? "" : capacityUnit.label());
  }

  /** Whole months when both ends are whole months, otherwise days. */
  public boolean stayInMonths() {
    return (intendedStayMinDays != null || intendedStayMaxDays != null)
        && (intendedStayMinDays == null || intendedStayMinDays % DAYS_IN_A_MONTH == 0)
        && (intendedStayMaxDays == null || intendedStayMaxDays % DAYS_IN_A_MONTH == 0);
  }

  /** The intended length of stay in words, like "6 to 9 months" or "up to 90 days"; empty when not set. */
  public String intendedStayText() {
    boolean months = stayInMonths();
    String unit = months ? " months" : " days";
    Integer min = inUnit(intendedStayMinDays, months);
    Integer max = inUnit(intendedStayMaxDays, months);
    if (min != null && max != null) {
      return min.equals(max) ? max + unit : min + " to " + max + unit;
    }
    if (max != null) {
      return "up to " + max + unit;
    }
    return min == null ? "" : "at least " + min + unit;
  }

  static @Nullable Integer inUnit(@Nullable Integer days, boolean months) {
    return days == null ? null : months ? days / DAYS_IN_A_MONTH : days;
  }

  public ServiceDetails details() {
    return new ServiceDetails(organisationId, name, kind, outOfArea, capacity, capacityUnit,
        weeklyCostPence == null ? null : BigDecimal.valueOf(weeklyCostPence, 2), intendedStayMinDays,
        intendedStayMaxDays, eligibility, womenOnly, userRun, specialist, address, postcode, localityId,
        description);
  }
}
