package org.bridgeway.alliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.AllianceSummary;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.NewAlliance;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The installation administrator's API: the alliances, and creating one with its first administrator. */
@RestController
@RequestMapping("/api/installation/alliances")
@Tag(name = "Installation", description = "Alliances and their first administrators; never any person's data")
class InstallationApi {

  private final Alliances alliances;

  InstallationApi(Alliances alliances) {
    this.alliances = alliances;
  }

  @GetMapping
  @Operation(summary = "List the alliances")
  List<AllianceSummary> alliances() {
    return alliances.all();
  }

  @GetMapping("/{id}")
  @Operation(summary = "Get one alliance")
  AllianceSummary alliance(@PathVariable UUID id) {
    return alliances.get(id);
  }

  @PostMapping
  @Operation(summary = "Create an alliance and its first administrator")
  ResponseEntity<AllianceSummary> create(@AuthenticationPrincipal CurrentUser user, @RequestBody NewAlliance body) {
    UUID id = alliances.create(user, body);
    return Api.created(id, alliances.get(id));
  }
}
