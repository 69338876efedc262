package org.bridgeway.alliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Locality;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.LocalityDetails;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.OrganisationDetails;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Sector;
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

/** The alliance's partner organisations and localities, for scripts that onboard an alliance. */
@RestController
@RequestMapping("/api/alliance")
@Tag(name = "Alliance set-up", description = "Partner organisations, localities, services, teams and staff")
class OrganisationApi {

  private final Organisations organisations;
  private final Localities localities;

  OrganisationApi(Organisations organisations, Localities localities) {
    this.organisations = organisations;
    this.localities = localities;
  }

  /** An organisation as sent; {@code version} is needed to change one. */
  record OrganisationBody(@Nullable String name, @Nullable Sector sector, @Nullable String odsCode,
      @Nullable Integer version) {

    OrganisationDetails details() {
      return new OrganisationDetails(name, sector, odsCode);
    }
  }

  /** A locality as sent; {@code version} is needed to change one. */
  record LocalityBody(@Nullable String name, @Nullable Boolean pilotArea, @Nullable Integer version) {

    LocalityDetails details() {
      return new LocalityDetails(name, ServiceApi.yes(pilotArea));
    }
  }

  @GetMapping("/organisations")
  @Operation(summary = "List the partner organisations")
  List<Organisation> organisations(@AuthenticationPrincipal CurrentUser user) {
    return organisations.all(user.alliance());
  }

  @GetMapping("/organisations/{id}")
  @Operation(summary = "Get one partner organisation")
  Organisation organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return organisations.get(user.alliance(), id);
  }

  @PostMapping("/organisations")
  @Operation(summary = "Add a partner organisation")
  ResponseEntity<Organisation> addOrganisation(@AuthenticationPrincipal CurrentUser user,
      @RequestBody OrganisationBody body) {
    UUID id = organisations.add(user, body.details());
    return Api.created(id, organisations.get(user.alliance(), id));
  }

  @PutMapping("/organisations/{id}")
  @Operation(summary = "Change a partner organisation", description = "Refused with 409 if it changed since the given version")
  Organisation changeOrganisation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody OrganisationBody body) {
    organisations.change(user, id, body.details(), Api.version(body.version()));
    return organisations.get(user.alliance(), id);
  }

  @GetMapping("/localities")
  @Operation(summary = "List the localities")
  List<Locality> localities(@AuthenticationPrincipal CurrentUser user) {
    return localities.all(user.alliance());
  }

  @GetMapping("/localities/{id}")
  @Operation(summary = "Get one locality")
  Locality locality(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return localities.get(user.alliance(), id);
  }

  @PostMapping("/localities")
  @Operation(summary = "Add a locality")
  ResponseEntity<Locality> addLocality(@AuthenticationPrincipal CurrentUser user, @RequestBody LocalityBody body) {
    UUID id = localities.add(user, body.details());
    return Api.created(id, localities.get(user.alliance(), id));
  }

  @PutMapping("/localities/{id}")
  @Operation(summary = "Change a locality", description = "Refused with 409 if it changed since the given version")
  Locality changeLocality(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody LocalityBody body) {
    localities.change(user, id, body.details(), Api.version(body.version()));
    return localities.get(user.alliance(), id);
  }
}
