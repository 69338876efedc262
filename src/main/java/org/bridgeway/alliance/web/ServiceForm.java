package org.bridgeway.alliance.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The service form as typed: money in pounds (a "£" and commas are allowed), the intended stay's shortest and
 * longest in one unit, months (30 days each) or days, kept as days. A box left unticked sends nothing, so the
 * yes-or-no answers may be missing, which means no.
 */
record ServiceForm(
    @Nullable String organisationId, @Nullable String name, @Nullable String kind, @Nullable Boolean outOfArea,
    @Nullable String capacity, @Nullable String capacityUnit, @Nullable String weeklyCost,
    @Nullable String stayUnit, @Nullable String stayMin, @Nullable String stayMax, @Nullable String eligibility,
    @Nullable Boolean womenOnly, @Nullable Boolean userRun, @Nullable Boolean specialist, @Nullable String address,
    @Nullable String postcode,
    @Nullable String localityId, @Nullable String description) {

  static final String MONTHS = "MONTHS";
  static final String DAYS = "DAYS";

  /** The command's field names that differ from the form's. */
  static final Map<String, String> FORM_NAMES =
      Map.of("intendedStayMinDays", "stayMin", "intendedStayMaxDays", "stayMax");

  static ServiceForm blank() {
    return new ServiceForm(null, null, null, false, null, null, null, MONTHS, null, null, null, false, false, false,
        null, null, null, null);
  }

  static ServiceForm of(ServiceRecord service) {
    boolean months = service.stayInMonths() || service.intendedStayMinDays() == null
        && service.intendedStayMaxDays() == null;
    return new ServiceForm(service.organisationId().toString(), service.name(), service.kind().name(),
        service.outOfArea(), text(service.capacity()),
        service.capacityUnit() == null ? null : service.capacityUnit().name(),
        service.weeklyCostPence() == null ? null : BigDecimal.valueOf(service.weeklyCostPence(), 2).toPlainString(),
        months ? MONTHS : DAYS, text(inUnit(service.intendedStayMinDays(), months)),
        text(inUnit(service.intendedStayMaxDays(), months)), service.eligibility(), service.womenOnly(),
        service.userRun(), service.specialist(), service.address(), service.postcode(),
        service.localityId() == null ? null : service.localityId().toString(), service.description());
  }

  /** The command, with anything that could not be read left empty and a problem added for it. */
  ServiceDetails details(List<FieldProblem> problems) {
    int daysPer = DAYS.equals(stayUnit) ? 1 : ServiceRecord.DAYS_IN_A_MONTH;
    Integer min = Parse.whole(problems, "stayMin", stayMin, "Enter the shortest stay as a whole number");
    Integer max = Parse.whole(problems, "stayMax", stayMax, "Enter the longest stay as a whole number");
    return new ServiceDetails(
        Parse.value(problems, "organisationId", organisationId, UUID::fromString, "Select an organisation"),
        name, Parse.value(problems, "kind", kind, ServiceKind::valueOf, "Select the kind of service"),
        Boolean.TRUE.equals(outOfArea),
        Parse.whole(problems, "capacity", capacity, "Enter the capacity as a whole number, like 12"),
        Parse.value(problems, "capacityUnit", capacityUnit, CapacityUnit::valueOf, "Select what the capacity counts"),
        Parse.value(problems, "weeklyCost", pounds(weeklyCost), BigDecimal::new,
            "Enter the weekly cost in pounds, like 1050.00"),
        times(min, daysPer), times(max, daysPer), eligibility, Boolean.TRUE.equals(womenOnly),
        Boolean.TRUE.equals(userRun), Boolean.TRUE.equals(specialist), address, postcode,
        Parse.value(problems, "localityId", localityId, UUID::fromString, "Select a locality"), description);
  }

  private static @Nullable String pounds(@Nullable String typed) {
    return typed == null ? null : typed.replace("£", "").replace(",", "").trim();
  }

  private static @Nullable Integer times(@Nullable Integer value, int factor) {
    return value == null ? null : value * factor;
  }

  private static @Nullable Integer inUnit(@Nullable Integer days, boolean months) {
    return days == null ? null : months ? days / ServiceRecord.DAYS_IN_A_MONTH : days;
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
