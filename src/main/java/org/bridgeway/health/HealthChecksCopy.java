package org.bridgeway.health;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.CopyPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's health checks in their copy of their record: one row per part of each check. */
@Component
class HealthChecksCopy implements CopyPart {

  private final MyHealth myHealth;

  HealthChecksCopy(MyHealth myHealth) {
    this.myHealth = myHealth;
  }

  @Override
  public String fileName() {
    return "health-checks.csv";
  }

  @Override
  public String about() {
    return "Your physical health checks: each part, what was found, and when the next check is due.";
  }

  @Override
  public List<List<? extends @Nullable Object>> rows(CurrentUser me) {
    List<List<? extends @Nullable Object>> rows = new ArrayList<>();
    rows.add(List.of("Check date", "Part", "Taken on", "What was found", "Help offered", "Next due", "Voided"));
    for (HealthCheck check : myHealth.forCopy(me).checks()) {
      String help = String.join("; ", check.interventions().stream().map(Intervention::summary).toList());
      for (Reading r : check.readings()) {
        rows.add(List.of(check.checkDate(), r.element().label(), r.takenOn(), r.summary(), help, check.nextDue(),
            check.voided() ? "Voided: " + check.voidReason() : ""));
      }
    }
    return rows;
  }
}
