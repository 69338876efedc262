package org.bridgeway.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.pathway.EndOfStay;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A person's stays over JSON, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Pathway", description = "A person's stays in the alliance's services")
class StaysApi {

  private final Stays stays;

  StaysApi(Stays stays) {
    this.stays = stays;
  }

  @GetMapping("/api/people/{id}/stays")
  @Operation(summary = "The person's stays, earliest first; a stay covers its start date up to the day before its end")
  List<Stay> stays(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return stays.ofPerson(user, id);
  }

  @PostMapping("/api/people/{id}/stays")
  @Operation(summary = "Record a stay from a date, open or (with endDate, endReason and destination) already ended; "
      + "refused if it overlaps an exclusive setting, or fills the service past capacity without a "
      + "capacityOverrideReason")
  ResponseEntity<List<Stay>> record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody NewStay request) {
    UUID stay = stays.record(user, id, request);
    return ResponseEntity.created(URI.create("/api/people/" + id + "/stays/" + stay)).body(stays.ofPerson(user, id));
  }

  @PostMapping("/api/people/{id}/stays/{stayId}/end")
  @Operation(summary = "End an open stay on a date, with a reason and destination; give the version you read, or get 409")
  List<Stay> end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stayId,
      @RequestBody EndRequest request) {
    if (request.version() == null) {
      throw new InvalidInput(List.of(new FieldProblem("version", "Give the version of the stay you are ending")));
    }
    stays.end(user, id, stayId, request.version(), new EndOfStay(request.endDate(), request.reason(),
        request.destination()));
    return stays.ofPerson(user, id);
  }

  record EndRequest(@Nullable LocalDate endDate, @Nullable EndReason reason, @Nullable String destination,
      @Nullable Integer version) {}
}
