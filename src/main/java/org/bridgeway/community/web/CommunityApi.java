package org.bridgeway.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.community.CommunityDirectory;
import org.bridgeway.community.Opening;
import org.bridgeway.community.OpenReferral;
import org.bridgeway.community.Resource;
import org.bridgeway.community.ResourceDetails;
import org.bridgeway.community.ResourceKind;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The community directory over JSON, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Community directory", description = "Community resources, shaped after Open Referral UK")
class CommunityApi {

  private final CommunityDirectory directory;

  CommunityApi(CommunityDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/community/resources")
  @Operation(summary = "One page of resources by name, of a kind and matching every word when given; withdrawn "
      + "ones only when asked for")
  Paged<Resource> find(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @Nullable ResourceKind kind, @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "false") boolean withdrawn, @RequestParam(defaultValue = "0") int page) {
    return directory.find(user, kind, q, withdrawn, page);
  }

  @GetMapping("/api/community/resources/{id}")
  @Operation(summary = "A resource with its opening times; a withdrawn one says when, by whom and why")
  Resource get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return directory.get(user, id);
  }

  @GetMapping("/api/community/resources/{id}/openreferral")
  @Operation(summary = "A resource as an Open Referral UK service, with its organization, service_at_locations "
      + "(location and physical_addresses), regular_schedules, eligibilitys, contacts and service_taxonomys")
  Map<String, Object> openReferral(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return OpenReferral.service(directory.get(user, id));
  }

  @PostMapping("/api/community/resources")
  @Operation(summary = "Add a resource to the directory (administrators, managers and practitioners)")
  ResponseEntity<Resource> add(@AuthenticationPrincipal CurrentUser user, @RequestBody ResourceBody body) {
    UUID id = directory.add(user, body.details());
    return ResponseEntity.created(URI.create("/api/community/resources/" + id)).body(directory.get(user, id));
  }

  @PutMapping("/api/community/resources/{id}")
  @Operation(summary = "Replace a resource's details; answers 409 if it changed since the version given")
  Resource change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody ResourceBody body) {
    directory.change(user, id, body.version() == null ? -1 : body.version(), body.details());
    return directory.get(user, id);
  }

  @PostMapping("/api/community/resources/{id}/withdraw")
  @Operation(summary = "Withdraw a resource with a reason (administrators and managers); it stays readable")
  Resource withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody WithdrawBody body) {
    directory.withdraw(user, id, body.version() == null ? -1 : body.version(), body.reason());
    return directory.get(user, id);
  }

  /** A resource as sent; version only when changing one. */
  record ResourceBody(@Nullable Integer version, @Nullable ResourceKind kind, @Nullable String name,
      @Nullable String description, @Nullable String organisation, @Nullable String address,
      @Nullable String postcode, @Nullable String eligibility, @Nullable List<Opening> openings,
      @Nullable String openingNotes, @Nullable String website, @Nullable String email, @Nullable String phone) {

    ResourceDetails details() {
      return new ResourceDetails(kind, name, description, organisation, address, postcode, eligibility,
          openings == null ? List.of() : openings, openingNotes, website, email, phone);
    }
  }

  record WithdrawBody(@Nullable Integer version, @Nullable String reason) {}
}
