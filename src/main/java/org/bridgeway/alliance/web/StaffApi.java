package org.bridgeway.alliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.alliance.Workforce;
import org.bridgeway.alliance.WorkforceReport;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alliance's staff and its workforce figures, for scripts that onboard an alliance. */
@RestController
@RequestMapping("/api/alliance")
@Tag(name = "Alliance set-up")
class StaffApi {

  private final Staff staff;
  private final WorkforceReport workforce;
  private final Alliances alliances;
  private final Clock clock;

  StaffApi(Staff staff, WorkforceReport workforce, Alliances alliances, Clock clock) {
    this.staff = staff;
    this.workforce = workforce;
    this.alliances = alliances;
    this.clock = clock;
  }

  /** A member of staff as sent, dates as 2026-04-01; {@code version} is needed to change one. */
  record StaffBody(
      @Nullable UUID organisationId, @Nullable UUID teamId, @Nullable String givenName, @Nullable String familyName,
      @Nullable StaffRole role, @Nullable String jobTitle, @Nullable BigDecimal contractedHours,
      @Nullable Boolean livedExperience, @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable String email,
      @Nullable Integer version) {

    StaffDetails details() {
      return new StaffDetails(organisationId, teamId, givenName, familyName, role, jobTitle, contractedHours,
          ServiceApi.yes(livedExperience), startDate, endDate, email);
    }
  }

  /** The workforce on a day, counted against the alliance's standard week. */
  record WorkforceOnDay(LocalDate day, BigDecimal standardWeekHours, int headcount, BigDecimal meanHours,
      BigDecimal wholeTimeEquivalents, int livedExperience) {}

  @GetMapping("/staff")
  @Operation(summary = "List the staff, a page at a time", description = "Pages count from 0")
  Paged<StaffMember> staff(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return staff.page(user.alliance(), page, size);
  }

  @GetMapping("/staff/{id}")
  @Operation(summary = "Get one member of staff")
  StaffMember member(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return staff.get(user.alliance(), id);
  }

  @PostMapping("/staff")
  @Operation(summary = "Add a member of staff")
  ResponseEntity<StaffMember> add(@AuthenticationPrincipal CurrentUser user, @RequestBody StaffBody body) {
    UUID id = staff.add(user, body.details());
    return Api.created(id, staff.get(user.alliance(), id));
  }

  @PutMapping("/staff/{id}")
  @Operation(summary = "Change a member of staff", description = "Refused with 409 if it changed since the given version")
  StaffMember change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody StaffBody body) {
    staff.change(user, id, body.details(), Api.version(body.version()));
    return staff.get(user.alliance(), id);
  }

  @GetMapping("/workforce")
  @Operation(summary = "Workforce totals on a day",
      description = "Staff with a contract covering the day (today unless given), mean contracted hours, whole-time "
          + "equivalents (contracted hours over the standard week, to one decimal place) and lived experience")
  WorkforceOnDay workforce(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
      @RequestParam(required = false) @Nullable UUID organisation) {
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    Workforce counted = workforce.on(user.alliance(), day, organisation);
    return new WorkforceOnDay(day, alliances.standardWeek(user.alliance()), counted.headcount(),
        counted.meanHours(), counted.wholeTimeEquivalents(), counted.livedExperience());
  }
}
