package org.bridgeway.alliance.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.alliance.TeamType;

/** The choices of the set-up forms' selects, as value to label, in the order they are offered. */
final class Options {

  private Options() {}

  static <T> Map<String, String> of(Collection<T> items, Function<T, Object> value, Function<T, String> label) {
    Map<String, String> options = new LinkedHashMap<>();
    items.forEach(item -> options.put(String.valueOf(value.apply(item)), label.apply(item)));
    return options;
  }

  static Map<String, String> sectors() {
    return of(List.of(Sector.values()), Sector::name, Sector::label);
  }

  /** The kinds on the alliance's ladder in its order, labelled with their levels, then the kinds beside it. */
  static Map<String, String> serviceKinds(Ladder ladder) {
    List<ServiceKind> kinds = new ArrayList<>(ladder.kinds());
    Arrays.stream(ServiceKind.values()).filter(k -> !ladder.onLadder(k)).forEach(kinds::add);
    return of(kinds, ServiceKind::name, k -> ladder.level(k).isPresent()
        ? ladder.level(k).getAsInt() + ". " + k.label() : k.label());
  }

  static Map<String, String> capacityUnits() {
    return of(List.of(CapacityUnit.values()), CapacityUnit::name, CapacityUnit::label);
  }

  static Map<String, String> staffRoles() {
    return of(List.of(StaffRole.values()), StaffRole::name, StaffRole::label);
  }

  static Map<String, String> teamTypes() {
    return of(List.of(TeamType.values()), TeamType::name, t -> t.label() + " (" + t.code() + ")");
  }

  static Map<String, String> days() {
    return of(List.of(DayOfWeek.values()), DayOfWeek::getValue,
        d -> d.getDisplayName(TextStyle.FULL, Locale.UK));
  }

  static Map<String, String> allianceRoles() {
    return of(Arrays.stream(Role.values()).filter(Role::allianceRole).toList(), Role::name, Role::label);
  }

  static Map<String, String> stayUnits() {
    Map<String, String> units = new LinkedHashMap<>();
    units.put(ServiceForm.MONTHS, "Months (a month counts as 30 days)");
    units.put(ServiceForm.DAYS, "Days");
    return units;
  }
}
