package org.bridgeway.referrals.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.NewReferral;
import org.bridgeway.referrals.OpenedReferral;
import org.bridgeway.referrals.ReferralLists;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.ReferralSummary;
import org.bridgeway.referrals.Referrals;
import org.bridgeway.referrals.Triage;
import org.bridgeway.referrals.Waiting;
import org.bridgeway.referrals.WaitingFigures;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals over JSON, with the same rules, visibility and audit as the pages. */
@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Referrals", description = "Make, read and triage referrals; waiting-time figures")
class ReferralsApi {

  private final Referrals referrals;
  private final ReferralLists lists;
  private final Triage triage;
  private final Waiting waiting;

  ReferralsApi(Referrals referrals, ReferralLists lists, Triage triage, Waiting waiting) {
    this.referrals = referrals;
    this.lists = lists;
    this.triage = triage;
    this.waiting = waiting;
  }

  @GetMapping
  @Operation(summary = "List the referrals you may see in the given statuses (all when none), most urgent first")
  Paged<ReferralSummary> list(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) List<ReferralStatus> status, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > 100) {
      throw new InvalidInput(List.of(new FieldProblem("size", "Ask for between 1 and 100 referrals a page")));
    }
    return lists.page(user, status == null || status.isEmpty() ? List.of(ReferralStatus.values()) : status, page,
        size);
  }

  @GetMapping("/mine")
  @Operation(summary = "The referrals you made, newest first, with their status, outcome and latest event")
  Paged<ReferralSummary> mine(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return lists.mine(user, page, Math.max(1, Math.min(size, 100)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a referral with its timeline and duplicates; 404 when it does not exist or you may "
      + "not see it")
  OpenedReferral read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return lists.open(user, id);
  }

  @PostMapping
  @Operation(summary = "Make a referral; answers 201 with the referral as received")
  ResponseEntity<OpenedReferral> refer(@AuthenticationPrincipal CurrentUser user, @RequestBody NewReferral referral) {
    UUID id = referrals.refer(user, referral);
    return ResponseEntity.created(URI.create("/api/referrals/" + id)).body(lists.open(user, id));
  }

  /** A triage move: where to, why, and the version read. */
  record MoveRequest(@Nullable ReferralStatus target, @Nullable String reason, @Nullable Integer version) {}

  @PostMapping("/{id}/moves")
  @Operation(summary = "Move a referral in triage (AWAITING_PANEL, MORE_INFORMATION_REQUESTED, RECEIVED, SIGNPOSTED, "
      + "DECLINED); 400 when the move is not allowed, 409 when the version is out of date")
  OpenedReferral move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody MoveRequest move) {
    if (move.target() == null || move.version() == null) {
      throw new InvalidInput(List.of(new FieldProblem(move.target() == null ? "target" : "version",
          move.target() == null ? "Give the status to move to" : "Give the version of the referral you read")));
    }
    triage.move(user, id, move.version(), move.target(), move.reason());
    return lists.open(user, id);
  }

  /** The day of first contact, and the version read. */
  record FirstContactRequest(@Nullable LocalDate on, @Nullable Integer version) {}

  @PostMapping("/{id}/first-contact")
  @Operation(summary = "Record the first contact after an allocation or a place on a waiting list")
  OpenedReferral firstContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody FirstContactRequest request) {
    if (request.on() == null || request.version() == null) {
      throw new InvalidInput(List.of(new FieldProblem(request.on() == null ? "on" : "version",
          request.on() == null ? "Give the date of first contact" : "Give the version of the referral you read")));
    }
    triage.recordFirstContact(user, id, request.version(), request.on());
    return lists.open(user, id);
  }

  @GetMapping("/waiting-times")
  @Operation(summary = "Days from receipt to decision and from decision to first contact: median and 90th "
      + "percentile by the nearest-rank method, for all referrals and by service; default the last 3 months")
  List<WaitingFigures> waitingTimes(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable UUID service) {
    LocalDate[] period = waiting.defaultPeriod();
    return waiting.figures(user.alliance(), from == null ? period[0] : from, to == null ? period[1] : to, service);
  }
}
