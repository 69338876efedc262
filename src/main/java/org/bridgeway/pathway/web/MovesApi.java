package org.bridgeway.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.pathway.MoveChanges;
import org.bridgeway.pathway.MovePlan;
import org.bridgeway.pathway.Moves;
import org.bridgeway.pathway.NewMovePlan;
import org.bridgeway.pathway.NewMoveVisit;
import org.bridgeway.pathway.OpenPlanExists;
import org.bridgeway.pathway.Readiness;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A person's move plans over JSON, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Moves", description = "Plans to move a person between settings, their visits, completion")
class MovesApi {

  private final Moves moves;

  MovesApi(Moves moves) {
    this.moves = moves;
  }

  @GetMapping("/api/people/{id}/moves")
  @Operation(summary = "The person's move plans, newest first, each with its direction and visits")
  List<MovePlan> plans(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return moves.ofPerson(user, id);
  }

  @PostMapping("/api/people/{id}/moves")
  @Operation(summary = "Plan a move from an open stay (or none) to a service; refused while another plan is open")
  ResponseEntity<MovePlan> plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody NewMovePlan request) {
    UUID plan = moves.plan(user, id, request);
    return ResponseEntity.created(URI.create("/api/people/" + id + "/moves/" + plan)).body(moves.get(user, id, plan));
  }

  @GetMapping("/api/people/{id}/moves/{moveId}")
  @Operation(summary = "One move plan with its visits, voided ones included")
  MovePlan plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId) {
    return moves.get(user, id, moveId);
  }

  @PutMapping("/api/people/{id}/moves/{moveId}")
  @Operation(summary = "Change an open plan's target date, readiness, who decides and handover; give the version "
      + "you read, or get 409")
  MovePlan change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @RequestBody ChangeRequest request) {
    moves.change(user, id, moveId, version(request.version()), new MoveChanges(request.targetDate(),
        request.readiness(), request.readySince(), request.decidedBy(), request.handoverPlanShared(),
        request.handoverOn(), request.handoverStrengths(), request.handoverNotes()));
    return moves.get(user, id, moveId);
  }

  @PostMapping("/api/people/{id}/moves/{moveId}/visits")
  @Operation(summary = "Record a getting-to-know-you visit or meeting with the receiving service")
  ResponseEntity<MovePlan> addVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID moveId, @RequestBody NewMoveVisit request) {
    UUID visit = moves.addVisit(user, id, moveId, request);
    return ResponseEntity.created(URI.create("/api/people/" + id + "/moves/" + moveId + "/visits/" + visit))
        .body(moves.get(user, id, moveId));
  }

  @PostMapping("/api/people/{id}/moves/{moveId}/visits/{visitId}/void")
  @Operation(summary = "Void a visit recorded in error, with a reason; it stays on record")
  MovePlan voidVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @PathVariable UUID visitId, @RequestBody ReasonRequest request) {
    moves.voidVisit(user, id, moveId, visitId, request.reason());
    return moves.get(user, id, moveId);
  }

  @PostMapping("/api/people/{id}/moves/{moveId}/complete")
  @Operation(summary = "The move happened: end the old stay and start the new one on moveDate, all or nothing; a "
      + "full service needs a capacityOverrideReason")
  MovePlan complete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @RequestBody CompleteRequest request) {
    moves.complete(user, id, moveId, version(request.version()), request.moveDate(),
        request.capacityOverrideReason());
    return moves.get(user, id, moveId);
  }

  @PostMapping("/api/people/{id}/moves/{moveId}/cancel")
  @Operation(summary = "Cancel an open plan with a reason; give the version you read, or get 409")
  MovePlan cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID moveId,
      @RequestBody CancelRequest request) {
    moves.cancel(user, id, moveId, version(request.version()), request.reason());
    return moves.get(user, id, moveId);
  }

  /** A second open plan: the usual problem, with the address of the plan already open. */
  @ExceptionHandler(OpenPlanExists.class)
  ProblemDetail openPlan(OpenPlanExists e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
    problem.setProperty("openPlan", request.getRequestURI().replaceAll("/moves.*$", "/moves/") + e.openPlanId());
    return problem;
  }

  private static int version(@Nullable Integer version) {
    if (version == null) {
      throw new InvalidInput(List.of(new FieldProblem("version", "Give the version of the plan you read")));
    }
    return version;
  }

  record ChangeRequest(@Nullable LocalDate targetDate, @Nullable Readiness readiness, @Nullable LocalDate readySince,
      @Nullable String decidedBy, @Nullable Boolean handoverPlanShared, @Nullable LocalDate handoverOn,
      @Nullable String handoverStrengths, @Nullable String handoverNotes, @Nullable Integer version) {}

  record ReasonRequest(@Nullable String reason) {}

  record CompleteRequest(@Nullable LocalDate moveDate, @Nullable String capacityOverrideReason,
      @Nullable Integer version) {}

  record CancelRequest(@Nullable String reason, @Nullable Integer version) {}
}
