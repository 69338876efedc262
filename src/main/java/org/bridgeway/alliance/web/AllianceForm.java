package org.bridgeway.alliance.web;

import java.math.BigDecimal;
import java.util.List;
import org.bridgeway.alliance.NewAlliance;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A new alliance and its first administrator, as the installation administrator types them. */
record AllianceForm(@Nullable String name, @Nullable String shortName, @Nullable String standardWeekHours,
    @Nullable String adminName, @Nullable String adminUsername, @Nullable String adminPassword) {

  static AllianceForm blank() {
    return new AllianceForm(null, null, "37.5", null, null, null);
  }

  NewAlliance alliance(List<FieldProblem> problems) {
    BigDecimal hours = Parse.value(problems, "standardWeekHours", standardWeekHours, BigDecimal::new,
        "Enter the hours of a standard week as a number, like 37.5");
    return new NewAlliance(name, shortName, hours, adminName, adminUsername, adminPassword);
  }
}
