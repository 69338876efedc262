package org.bridgeway.alliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Team;
import org.bridgeway.alliance.TeamDetails;
import org.bridgeway.alliance.TeamType;
import org.bridgeway.alliance.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The alliance's services and teams, for scripts that onboard an alliance. */
@RestController
@RequestMapping("/api/alliance")
@Tag(name = "Alliance set-up")
class ServiceApi {

  private final Services services;
  private final Teams teams;

  ServiceApi(Services services, Teams teams) {
    this.services = services;
    this.teams = teams;
  }

  /**
   * A service as sent: the weekly cost in pounds and pence, the intended stay in days, a missing yes-or-no as
   * no; {@code version} is needed to change one.
   */
  record ServiceBody(
      @Nullable UUID organisationId, @Nullable String name, @Nullable ServiceKind kind, @Nullable Boolean outOfArea,
      @Nullable Integer capacity, @Nullable CapacityUnit capacityUnit, @Nullable BigDecimal weeklyCost,
      @Nullable Integer intendedStayMinDays, @Nullable Integer intendedStayMaxDays, @Nullable String eligibility,
      @Nullable Boolean womenOnly, @Nullable Boolean userRun, @Nullable Boolean specialist, @Nullable String address,
      @Nullable String postcode, @Nullable UUID localityId, @Nullable String description, @Nullable Integer version) {

    ServiceDetails details() {
      return new ServiceDetails(organisationId, name, kind, yes(outOfArea), capacity, capacityUnit, weeklyCost,
          intendedStayMinDays, intendedStayMaxDays, eligibility, yes(womenOnly), yes(userRun), yes(specialist),
          address, postcode, localityId, description);
    }
  }

  static boolean yes(@Nullable Boolean answer) {
    return Boolean.TRUE.equals(answer);
  }

  /** A team as sent; {@code version} is needed to change one. */
  record TeamBody(@Nullable UUID organisationId, @Nullable String name, @Nullable TeamType teamType,
      @Nullable Integer version) {

    TeamDetails details() {
      return new TeamDetails(organisationId, name, teamType);
    }
  }

  @GetMapping("/services")
  @Operation(summary = "List the services, with their opening times")
  List<ServiceRecord> services(@AuthenticationPrincipal CurrentUser user) {
    return services.all(user.alliance());
  }

  @GetMapping("/services/{id}")
  @Operation(summary = "Get one service")
  ServiceRecord service(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return services.get(user.alliance(), id);
  }

  @PostMapping("/services")
  @Operation(summary = "Add a service")
  ResponseEntity<ServiceRecord> addService(@AuthenticationPrincipal CurrentUser user, @RequestBody ServiceBody body) {
    UUID id = services.add(user, body.details());
    return Api.created(id, services.get(user.alliance(), id));
  }

  @PutMapping("/services/{id}")
  @Operation(summary = "Change a service", description = "Refused with 409 if it changed since the given version")
  ServiceRecord changeService(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody ServiceBody body) {
    services.change(user, id, body.details(), Api.version(body.version()));
    return services.get(user.alliance(), id);
  }

  @GetMapping("/teams")
  @Operation(summary = "List the teams")
  List<Team> teams(@AuthenticationPrincipal CurrentUser user) {
    return teams.all(user.alliance());
  }

  @GetMapping("/teams/{id}")
  @Operation(summary = "Get one team")
  Team team(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return teams.get(user.alliance(), id);
  }

  @PostMapping("/teams")
  @Operation(summary = "Add a team")
  ResponseEntity<Team> addTeam(@AuthenticationPrincipal CurrentUser user, @RequestBody TeamBody body) {
    UUID id = teams.add(user, body.details());
    return Api.created(id, teams.get(user.alliance(), id));
  }

  @PutMapping("/teams/{id}")
  @Operation(summary = "Change a team", description = "Refused with 409 if it changed since the given version")
  Team changeTeam(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody TeamBody body) {
    teams.change(user, id, body.details(), Api.version(body.version()));
    return teams.get(user.alliance(), id);
  }
}
