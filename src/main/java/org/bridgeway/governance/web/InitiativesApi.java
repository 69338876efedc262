package org.bridgeway.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.governance.ActionsClosed;
import org.bridgeway.governance.Forum;
import org.bridgeway.governance.Initiative;
import org.bridgeway.governance.InitiativeDetails;
import org.bridgeway.governance.Initiatives;
import org.bridgeway.governance.NewMeasure;
import org.bridgeway.governance.NewMilestone;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Improvement initiatives and the forum's figure over JSON, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Co-production and governance", description = "Improvement initiatives and pilots; forum actions closed")
class InitiativesApi {

  private final Initiatives initiatives;
  private final Forum forum;

  InitiativesApi(Initiatives initiatives, Forum forum) {
    this.initiatives = initiatives;
    this.forum = forum;
  }

  @GetMapping("/api/governance/initiatives")
  @Operation(summary = "One page of initiatives and pilots, running and planned first, with milestones and measures")
  Paged<Initiative> find(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page) {
    return initiatives.find(user, page);
  }

  @GetMapping("/api/governance/initiatives/{id}")
  @Operation(summary = "An initiative with its milestones by year and its outcome measures")
  Initiative get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return initiatives.get(user, id);
  }

  /** An initiative as sent, with its first milestones and measures. */
  record InitiativeBody(@Nullable Integer version, @Nullable InitiativeDetails details,
      @Nullable List<NewMilestone> milestones, @Nullable List<NewMeasure> measures) {

    /** The details sent; none at all is refused like a form left empty. */
    InitiativeDetails given() {
      if (details == null) {
        throw new InvalidInput(List.of(new FieldProblem("details", "Send the initiative's details")));
      }
      return details;
    }
  }

  @PostMapping("/api/governance/initiatives")
  @Operation(summary = "Add an initiative with its milestones and measures, all or nothing (administrators and "
      + "managers)")
  ResponseEntity<Initiative> add(@AuthenticationPrincipal CurrentUser user, @RequestBody InitiativeBody body) {
    UUID id = initiatives.add(user, body.given(), body.milestones() == null ? List.of() : body.milestones(),
        body.measures() == null ? List.of() : body.measures());
    return ResponseEntity.created(URI.create("/api/governance/initiatives/" + id)).body(initiatives.get(user, id));
  }

  @PutMapping("/api/governance/initiatives/{id}")
  @Operation(summary = "Replace an initiative's details; answers 409 if it changed since the version given")
  Initiative change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody InitiativeBody body) {
    initiatives.change(user, id, body.version() == null ? -1 : body.version(), body.given());
    return initiatives.get(user, id);
  }

  @GetMapping("/api/governance/forum/actions-closed")
  @Operation(summary = "Forum actions closed in a period of whole days (both ends included), and the share of "
      + "actions due in the period that were closed by its last day")
  ActionsClosed actionsClosed(@AuthenticationPrincipal CurrentUser user,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return forum.actionsClosed(user, from, to);
  }
}
