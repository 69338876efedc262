package org.bridgeway.work.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.shared.Refused;
import org.bridgeway.work.AllocationEnding;
import org.bridgeway.work.CaseloadEntry;
import org.bridgeway.work.EmploymentCaseloads;
import org.bridgeway.work.EmploymentTeams;
import org.bridgeway.work.FidelityReview;
import org.bridgeway.work.ItemChange;
import org.bridgeway.work.JobEndReason;
import org.bridgeway.work.NewAllocation;
import org.bridgeway.work.NewFidelityReview;
import org.bridgeway.work.NewJob;
import org.bridgeway.work.NewVocationalStatus;
import org.bridgeway.work.PersonWork;
import org.bridgeway.work.WorkRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Work, learning and volunteering over JSON, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Work", description = "Vocational status, jobs, employment teams and IPS fidelity reviews")
class WorkApi {

  private final PersonWork work;
  private final EmploymentTeams teams;
  private final EmploymentCaseloads caseloads;

  WorkApi(PersonWork work, EmploymentTeams teams, EmploymentCaseloads caseloads) {
    this.work = work;
    this.teams = teams;
    this.caseloads = caseloads;
  }

  /** A change to a status: the version read and the status as it should be. */
  record StatusChange(@Nullable Integer version, NewVocationalStatus status) {}

  /** A status voided: the version read and why. */
  record StatusVoid(@Nullable Integer version, @Nullable String reason) {}

  /** A person put on a specialist's caseload from a date. */
  record Allocation(@Nullable UUID personId, @Nullable UUID specialistId, @Nullable LocalDate startDate) {}

  /** An employment specialist of the alliance. */
  record Specialist(UUID id, String name, @Nullable String team) {}

  /** A job ending: the version read, the end date and the reason. */
  record JobEnding(@Nullable Integer version, @Nullable LocalDate endDate, @Nullable JobEndReason reason) {}

  /** A team's figure on a day. */
  record Occupied(LocalDate day, long people) {}

  @GetMapping("/api/people/{id}/work")
  @Operation(summary = "The person's vocational statuses and jobs (newest first), profile and in-work support")
  WorkRecord person(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return work.of(user, id);
  }

  @PostMapping("/api/people/{id}/work/statuses")
  @Operation(summary = "Record a vocational status (MHSDS employment status) from a date, with any volunteering, "
      + "education or training detail")
  ResponseEntity<WorkRecord> status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody NewVocationalStatus request) {
    work.recordStatus(user, id, request);
    return ResponseEntity.created(URI.create("/api/people/" + id + "/work")).body(work.of(user, id));
  }

  @PostMapping("/api/people/{id}/work/statuses/{statusId}")
  @Operation(summary = "Change a vocational status; give the version you read, or get 409; a voided status cannot "
      + "change")
  WorkRecord changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID statusId, @RequestBody StatusChange request) {
    work.changeStatus(user, id, statusId, request.version() == null ? -1 : request.version(), request.status());
    return work.of(user, id);
  }

  @PostMapping("/api/people/{id}/work/statuses/{statusId}/void")
  @Operation(summary = "Void a status recorded in error, with a reason: it stays on the record and counts in no "
      + "figure; give the version you read, or get 409")
  WorkRecord voidStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID statusId, @RequestBody StatusVoid request) {
    work.voidStatus(user, id, statusId, request.version() == null ? -1 : request.version(), request.reason());
    return work.of(user, id);
  }

  @GetMapping("/api/people/{id}/work/allocations")
  @Operation(summary = "The person's allocations to employment specialists in every team, newest first")
  List<CaseloadEntry> allocations(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return caseloads.ofPerson(user, id);
  }

  @GetMapping("/api/work/specialists")
  @Operation(summary = "The alliance's employment specialists on contract today")
  List<Specialist> specialists(@AuthenticationPrincipal CurrentUser user) {
    return caseloads.specialists(user).stream().map(s -> new Specialist(s.id(), s.fullName(), s.teamName()))
        .toList();
  }

  @PostMapping("/api/work/teams/{serviceId}/allocations")
  @Operation(summary = "Put a person on an employment specialist's caseload from a date; someone who is not an "
      + "employment specialist of the alliance, or a person already on the team's caseload, is refused")
  ResponseEntity<List<CaseloadEntry>> allocate(@AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID serviceId, @RequestBody Allocation request) {
    if (request.personId() == null) {
      throw new Refused("personId", "Give the person to allocate");
    }
    caseloads.allocate(user, serviceId, request.personId(),
        new NewAllocation(request.specialistId(), request.startDate()));
    return ResponseEntity.created(URI.create("/api/people/" + request.personId() + "/work/allocations"))
        .body(caseloads.ofPerson(user, request.personId()));
  }

  @PostMapping("/api/work/teams/{serviceId}/allocations/{allocationId}/end")
  @Operation(summary = "End an allocation on a date with a reason; an end before its start is refused")
  CaseloadEntry endAllocation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID allocationId, @RequestBody AllocationEnding request) {
    return caseloads.ended(user, serviceId, allocationId, request);
  }

  @GetMapping("/api/work/teams/{serviceId}/specialists/{staffId}/caseload")
  @Operation(summary = "One specialist's caseload today, each person with their status now and latest job start")
  List<CaseloadEntry> specialistCaseload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @PathVariable UUID staffId) {
    return caseloads.ofSpecialist(user, serviceId, staffId);
  }

  @PostMapping("/api/people/{id}/work/jobs")
  @Operation(summary = "Record a job start; negative hours or pay are refused")
  ResponseEntity<WorkRecord> job(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody NewJob request) {
    work.startJob(user, id, request);
    return ResponseEntity.created(URI.create("/api/people/" + id + "/work")).body(work.of(user, id));
  }

  @PostMapping("/api/people/{id}/work/jobs/{jobId}/end")
  @Operation(summary = "End a job on a date with a reason; an end before the start is refused; give the version "
      + "you read, or get 409")
  WorkRecord end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID jobId,
      @RequestBody JobEnding request) {
    work.endJob(user, id, jobId, request.version() == null ? -1 : request.version(), request.endDate(),
        request.reason());
    return work.of(user, id);
  }

  @GetMapping("/api/work/teams")
  @Operation(summary = "The alliance's employment teams")
  List<ServiceRecord> teams(@AuthenticationPrincipal CurrentUser user) {
    return teams.teams(user);
  }

  @GetMapping("/api/work/in-work-or-learning")
  @Operation(summary = "How many people are in work, volunteering, education or training on a day (today if none): "
      + "status 01, 03 or 07, or volunteering, education or training recorded, in the latest status on or before it")
  Occupied occupied(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
    LocalDate on = day == null ? work.today() : day;
    return new Occupied(on, teams.occupiedOn(user, on));
  }

  @GetMapping("/api/work/teams/{serviceId}/caseload")
  @Operation(summary = "The team's caseload today with each person's status and job; a specialist gets their own")
  List<CaseloadEntry> caseload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId) {
    return teams.caseload(user, serviceId);
  }

  @GetMapping("/api/work/teams/{serviceId}/reviews")
  @Operation(summary = "The team's IPS fidelity reviews, newest first, each with its 25 scores, total and band")
  List<FidelityReview> reviews(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId) {
    return teams.reviews(user, serviceId);
  }

  @PostMapping("/api/work/teams/{serviceId}/reviews")
  @Operation(summary = "Record a fidelity review: 25 scores of 1 to 5 in item order; a score out of range is refused")
  ResponseEntity<List<FidelityReview>> review(@AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID serviceId, @RequestBody NewFidelityReview request) {
    teams.recordReview(user, serviceId, request);
    return ResponseEntity.created(URI.create("/api/work/teams/" + serviceId + "/reviews"))
        .body(teams.reviews(user, serviceId));
  }

  @GetMapping("/api/work/teams/{serviceId}/reviews/compare")
  @Operation(summary = "Two reviews of the team item by item, with the change from the earlier to the later")
  List<ItemChange> compare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam UUID earlier, @RequestParam UUID later) {
    return teams.compare(user, serviceId, earlier, later);
  }
}
