package org.bridgeway.dayservices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.dayservices.AttendanceRegister;
import org.bridgeway.dayservices.DayServiceFigures;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.DaySession;
import org.bridgeway.dayservices.NewSession;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Day services over JSON, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Day services", description = "Sessions, registers merged entry by entry, and the figures of reach")
class DayServicesApi {

  private final DayServices dayServices;
  private final DayServiceFigures figures;

  DayServicesApi(DayServices dayServices, DayServiceFigures figures) {
    this.dayServices = dayServices;
    this.figures = figures;
  }

  @GetMapping("/api/day-services/{serviceId}/sessions")
  @Operation(summary = "The sessions a day service publishes, each with its RFC 5545 repetition rule")
  List<DaySession> sessions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId) {
    return dayServices.sessions(user, serviceId);
  }

  @PostMapping("/api/day-services/{serviceId}/sessions")
  @Operation(summary = "Publish a session: once, weekly on the weekdays given until a date, or monthly until a date; "
      + "for staff of the organisation that runs the service")
  ResponseEntity<DaySession> addSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestBody NewSession session) {
    UUID id = dayServices.addSession(user, serviceId, session);
    return ResponseEntity.status(201).body(dayServices.session(user, serviceId, id));
  }

  @GetMapping("/api/day-services/{serviceId}/sessions/{sessionId}/{date}/register")
  @Operation(summary = "The register of one occurrence: each registered person present, absent or not yet marked, "
      + "and the head count of anonymous visitors")
  AttendanceRegister register(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID sessionId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return dayServices.register(user, serviceId, sessionId, date);
  }

  @PutMapping("/api/day-services/{serviceId}/sessions/{sessionId}/{date}/register")
  @Operation(summary = "Save the entries given (person id to present true or false) and the head count when given; "
      + "entries not given are left as they are, so registers taken at once on two phones merge")
  AttendanceRegister takeRegister(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID sessionId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestBody RegisterChange change) {
    dayServices.takeRegister(user, serviceId, sessionId, date,
        change.entries() == null ? Map.of() : change.entries(), change.headCount());
    return dayServices.register(user, serviceId, sessionId, date);
  }

  @GetMapping("/api/day-services/figures")
  @Operation(summary = "Day-service reach: people registered on the day, regular attenders on the day (at a session "
      + "in at least 4 of the eight 7-day blocks of the 56 days ending that day), and people using two or more "
      + "services in the 56 days ending that day; for one service when given")
  Reach figures(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
      @RequestParam(required = false) @Nullable UUID serviceId) {
    LocalDate on = day == null ? dayServices.today() : day;
    if (serviceId != null) {
      dayServices.service(user, serviceId);
    }
    return new Reach(on, serviceId, figures.registered(user.alliance(), on, serviceId).size(),
        figures.regularAttenders(user.alliance(), on, serviceId).size(),
        figures.usingSeveralServices(user.alliance(), on.minusDays(55), on, serviceId).size());
  }

  /** What a phone sends: only the entries it changed. */
  record RegisterChange(@Nullable Map<UUID, Boolean> entries, @Nullable Integer headCount) {}

  record Reach(LocalDate day, @Nullable UUID serviceId, int registered, int regularAttenders,
      int usingSeveralServices) {}
}
