package org.bridgeway.alliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The alliance's pathway ladder over JSON, with the same rules and audit as the page. */
@RestController
@RequestMapping("/api/alliance")
@Tag(name = "Alliance set-up")
class LadderApi {

  private final Ladders ladders;

  LadderApi(Ladders ladders) {
    this.ladders = ladders;
  }

  /** The level of each kind on the ladder, most restrictive first, and the version to send back with a change. */
  record LadderBody(@Nullable Map<ServiceKind, Integer> levels, @Nullable Integer version) {}

  @GetMapping("/ladder")
  @Operation(summary = "The alliance's pathway ladder: each kind's level (1 is the most restrictive) and the version")
  LadderBody ladder(@AuthenticationPrincipal CurrentUser user) {
    return body(ladders.of(user.alliance()));
  }

  @PutMapping("/ladder")
  @Operation(summary = "Change the ladder: a level from 1 to 20 for every kind on it",
      description = "Refused with 409 if the ladder changed since the given version")
  LadderBody change(@AuthenticationPrincipal CurrentUser user, @RequestBody LadderBody body) {
    ladders.change(user, body.levels() == null ? Map.of() : body.levels(), Api.version(body.version()));
    return body(ladders.of(user.alliance()));
  }

  private static LadderBody body(Ladder ladder) {
    Map<ServiceKind, Integer> levels = new LinkedHashMap<>();
    ladder.kinds().forEach(kind -> levels.put(kind, ladder.level(kind).getAsInt()));
    return new LadderBody(levels, ladder.version());
  }
}
