package org.bridgeway.careteam.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.careteam.CareTeam;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.CaseloadEntry;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The team around the person, and the caller's caseload, over JSON with the same rules and audit as the pages. */
@RestController
@Tag(name = "Care teams", description = "The team around the person and a worker's caseload")
class CareTeamApi {

  private final CareTeams teams;

  CareTeamApi(CareTeams teams) {
    this.teams = teams;
  }

  @GetMapping("/api/people/{id}/team")
  @Operation(summary = "The person's team: current members (and those joining later), and those who have left")
  CareTeam team(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return teams.team(user, id);
  }

  @PostMapping("/api/people/{id}/team")
  @Operation(summary = "Add a member; refused while another key worker is on the team, unless changeKeyWorker is "
      + "set, which ends the current key worker's membership with the reason and the version given")
  ResponseEntity<CareTeam> add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody MemberRequest request) {
    UUID member = request.changeKeyWorker()
        ? teams.changeKeyWorker(user, id, request.member(), request.requiredVersion(), request.text())
        : teams.add(user, id, request.member());
    return ResponseEntity.created(URI.create("/api/people/" + id + "/team/" + member)).body(teams.team(user, id));
  }

  @PostMapping("/api/people/{id}/team/{memberId}/end")
  @Operation(summary = "End a membership on a day, with a reason; give the version you read, or get 409")
  CareTeam end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId,
      @RequestBody EndRequest request) {
    if (request.version() == null) {
      throw versionMissing();
    }
    teams.end(user, id, memberId, request.version(), request.endDate(), request.reason() == null ? "" : request.reason());
    return teams.team(user, id);
  }

  @GetMapping("/api/caseload")
  @Operation(summary = "The people whose team the caller is on today")
  Paged<CaseloadEntry> caseload(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 200) {
      throw new InvalidInput(List.of(new FieldProblem("size", "Ask for between 1 and 200 people a page")));
    }
    return teams.caseload(user, page, size);
  }

  static InvalidInput versionMissing() {
    return new InvalidInput(List.of(new FieldProblem("version", "Give the version of the membership you are ending")));
  }

  record MemberRequest(@Nullable UUID staffId, @Nullable TeamRole role, boolean keyWorker,
      @Nullable LocalDate startDate, boolean changeKeyWorker, @Nullable String reason, @Nullable Integer version) {

    NewMember member() {
      return new NewMember(staffId, role, keyWorker, startDate);
    }

    int requiredVersion() {
      if (version == null) {
        throw versionMissing();
      }
      return version;
    }

    String text() {
      return reason == null ? "" : reason;
    }
  }

  record EndRequest(@Nullable LocalDate endDate, @Nullable String reason, @Nullable Integer version) {}
}
