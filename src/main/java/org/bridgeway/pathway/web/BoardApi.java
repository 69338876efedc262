package org.bridgeway.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.pathway.Board;
import org.bridgeway.pathway.BoardFilter;
import org.bridgeway.pathway.CapacityBoard;
import org.bridgeway.pathway.LengthsOfStay;
import org.bridgeway.pathway.StayLengths;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The capacity board and lengths of stay over JSON, with the same definitions, access and audit as the pages. */
@RestController
@Tag(name = "Pathway", description = "A person's stays in the alliance's services")
class BoardApi {

  private final CapacityBoard board;
  private final LengthsOfStay lengths;

  BoardApi(CapacityBoard board, LengthsOfStay lengths) {
    this.board = board;
    this.lengths = lengths;
  }

  @GetMapping("/api/pathway/board")
  @Operation(summary = "The capacity board on a day (default today) looking weeks ahead (default 8, 1 to 52): "
      + "each service with a capacity, the total, and people ready to move, named only if you may open them")
  Board board(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
      @RequestParam(defaultValue = "8") int weeks, @RequestParam(required = false) @Nullable UUID organisationId,
      @RequestParam(required = false) @Nullable UUID localityId,
      @RequestParam(required = false) @Nullable ServiceKind kind) {
    return board.board(user, new BoardFilter(day == null ? board.today() : day, weeks, organisationId, localityId,
        kind));
  }

  @GetMapping("/api/pathway/lengths-of-stay")
  @Operation(summary = "Lengths of stay: overdue stays on a day (default today), a page at a time, and by service "
      + "the lengths of stays that ended in a period (default the 12 months ending on the day) and open on the day")
  StayLengths lengths(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      @RequestParam(defaultValue = "0") int page) {
    LocalDate on = day == null ? lengths.today() : day;
    LocalDate last = to == null ? on : to;
    return lengths.report(user, on, from == null ? LengthsOfStay.yearBefore(last) : from, last, page);
  }
}
