package org.bridgeway.health.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.health.CheckHistory;
import org.bridgeway.health.DueCheck;
import org.bridgeway.health.HealthChecks;
import org.bridgeway.health.HealthFigures;
import org.bridgeway.health.NewCheck;
import org.bridgeway.health.PersonHealth;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Physical health checks over JSON, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Physical health checks", description = "Annual checks of physical health: the six core elements, "
    + "help offered, and when the next is due")
class HealthChecksApi {

  private final HealthChecks checks;
  private final HealthFigures figures;

  HealthChecksApi(HealthChecks checks, HealthFigures figures) {
    this.checks = checks;
    this.figures = figures;
  }

  @GetMapping("/api/health-checks/due")
  @Operation(summary = "People whose check is due in the next 4 weeks or overdue, overdue first, among those the "
      + "user may open; people on the user's caseload never checked are overdue")
  List<DueCheck> due(@AuthenticationPrincipal CurrentUser user) {
    return figures.due(user);
  }

  @GetMapping("/api/people/{id}/health-checks")
  @Operation(summary = "The person's checks, newest first, with the latest value of each element, whether their "
      + "check is complete today and when the next is due")
  PersonHealth history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return checks.history(user, id);
  }

  @GetMapping("/api/people/{id}/health-checks/{checkId}")
  @Operation(summary = "One check with what it said before each amendment")
  CheckHistory check(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID checkId) {
    return checks.get(user, id, checkId);
  }

  @PostMapping("/api/people/{id}/health-checks")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a check: each of the six elements with its date, or declined / not done with a "
      + "reason; the BMI is worked out from height and weight; carriedOutBy names the member of staff who did it "
      + "(the user when left out); bad input answers 400 and saves nothing")
  CheckHistory record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody NewCheck check) {
    return checks.get(user, id, checks.record(user, id, check));
  }
}
