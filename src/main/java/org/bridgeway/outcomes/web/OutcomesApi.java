package org.bridgeway.outcomes.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.OutcomeResponse;
import org.bridgeway.outcomes.Outcomes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Outcome instruments and a person's responses as JSON. */
@RestController
class OutcomesApi {

  private final Outcomes outcomes;

  OutcomesApi(Outcomes outcomes) {
    this.outcomes = outcomes;
  }

  @GetMapping("/api/outcomes/instruments")
  @Operation(summary = "The alliance's library of outcome instruments: items, answer scale and scores")
  List<Instrument> instruments(@AuthenticationPrincipal CurrentUser user) {
    return outcomes.instruments(user);
  }

  @GetMapping("/api/people/{id}/outcomes")
  @Operation(summary = "A person's outcome responses, oldest first, with answers, scores and any void")
  List<OutcomeResponse> responses(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return outcomes.responses(user, id);
  }
}
