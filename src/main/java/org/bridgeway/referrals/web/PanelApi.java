package org.bridgeway.referrals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.NewPanelMeeting;
import org.bridgeway.referrals.PanelDecision;
import org.bridgeway.referrals.PanelDecisionRecord;
import org.bridgeway.referrals.PanelDecisions;
import org.bridgeway.referrals.PanelMeeting;
import org.bridgeway.referrals.PanelMeetingView;
import org.bridgeway.referrals.PanelOutcome;
import org.bridgeway.referrals.Panels;
import org.bridgeway.referrals.TeamMemberChoice;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The referrals panel over JSON, with the same rules, roles and audit as the pages. */
@RestController
@RequestMapping("/api/panels")
@Tag(name = "Referrals panel", description = "Panel meetings, their agendas, attendance, decisions and actions")
class PanelApi {

  /** The meetings still to come (soonest first) and those held (latest first). */
  record MeetingList(List<PanelMeeting> upcoming, List<PanelMeeting> past) {}

  /** A meeting to schedule. */
  record MeetingRequest(@Nullable LocalDate meetsOn, @Nullable LocalTime startsAt, @Nullable String location,
      @Nullable String chair) {}

  /** A decision on one referral on the meeting's agenda, with the version of the referral that was read. */
  record DecisionRequest(@Nullable UUID referralId, @Nullable PanelOutcome outcome, @Nullable String reasons,
      @Nullable List<UUID> serviceIds, @Nullable UUID keyWorkerStaffId, @Nullable List<TeamMemberChoice> members,
      @Nullable LocalDate startDate, @Nullable Integer referralVersion) {}

  private final Panels panels;
  private final PanelDecisions decisions;

  PanelApi(Panels panels, PanelDecisions decisions) {
    this.panels = panels;
    this.decisions = decisions;
  }

  @GetMapping
  @Operation(summary = "List the panel meetings, upcoming and past")
  MeetingList list(@AuthenticationPrincipal CurrentUser user) {
    return new MeetingList(panels.upcoming(user), panels.past(user));
  }

  @PostMapping
  @Operation(summary = "Schedule a panel meeting (administrators and service managers)")
  @ApiResponse(responseCode = "201", description = "Scheduled")
  @ApiResponse(responseCode = "400", description = "Invalid: the problems name each field")
  @ApiResponse(responseCode = "403", description = "Panel members cannot schedule meetings")
  ResponseEntity<PanelMeeting> schedule(@AuthenticationPrincipal CurrentUser user,
      @RequestBody MeetingRequest request) {
    UUID id = panels.schedule(user,
        new NewPanelMeeting(request.meetsOn(), request.startsAt(), request.location(), request.chair()));
    return ResponseEntity.created(URI.create("/api/panels/" + id)).body(panels.meeting(user, id));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a meeting with its agenda, who was present, decisions and actions")
  PanelMeetingView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return panels.view(user, id);
  }

  @PostMapping("/{id}/decisions")
  @Operation(summary = "Record the panel's decision on a referral awaiting it")
  @ApiResponse(responseCode = "200", description = "Decided; the decision as recorded")
  @ApiResponse(responseCode = "400", description = "Invalid, or the referral is not awaiting the panel")
  @ApiResponse(responseCode = "404", description = "No such meeting or referral in your alliance")
  @ApiResponse(responseCode = "409", description = "The referral changed since the version given")
  PanelDecisionRecord decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody DecisionRequest request) {
    if (request.referralId() == null) {
      throw new InvalidInput(List.of(new FieldProblem("referralId", "Give the referral being decided")));
    }
    decisions.decide(user, id, request.referralId(), new PanelDecision(request.outcome(), request.reasons(),
        request.serviceIds(), request.keyWorkerStaffId(), request.members(), request.startDate(),
        request.referralVersion()));
    return panels.view(user, id).decisions().stream().filter(d -> d.referralId().equals(request.referralId()))
        .findFirst().orElseThrow();
  }
}
