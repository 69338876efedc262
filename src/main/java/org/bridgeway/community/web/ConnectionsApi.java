package org.bridgeway.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.community.Connection;
import org.bridgeway.community.ConnectionChange;
import org.bridgeway.community.Connections;
import org.bridgeway.community.EndingRefused;
import org.bridgeway.community.NewConnection;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** People's community connections over JSON, for workers and for the person themselves. */
@RestController
@Tag(name = "Community connections", description = "Each person's connections with the community over time")
class ConnectionsApi {

  private final Connections connections;

  ConnectionsApi(Connections connections) {
    this.connections = connections;
  }

  @GetMapping("/api/people/{id}/connections")
  @Operation(summary = "The person's connections, those still going first, then the most recently started")
  List<Connection> of(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return connections.of(user, id);
  }

  @PostMapping("/api/people/{id}/connections")
  @Operation(summary = "Add a connection: a resourceId from the directory, or a resourceName and kind; an end "
      + "before the start is refused")
  ResponseEntity<Connection> add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody NewConnection body) {
    UUID connection = connections.add(user, id, body);
    return ResponseEntity.created(URI.create("/api/people/" + id + "/connections/" + connection))
        .body(connections.get(user, id, connection));
  }

  @GetMapping("/api/people/{id}/connections/{connectionId}")
  @Operation(summary = "One of the person's connections")
  Connection get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID connectionId) {
    return connections.get(user, id, connectionId);
  }

  @PostMapping("/api/people/{id}/connections/{connectionId}")
  @Operation(summary = "Record how a connection is going and its end; answers 409 if it changed since the "
      + "version given")
  Connection change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID connectionId, @RequestBody ChangeBody body) {
    connections.change(user, id, connectionId, body.version() == null ? -1 : body.version(),
        new ConnectionChange(body.progress(), body.note(), body.end()));
    return connections.get(user, id, connectionId);
  }

  @GetMapping("/api/me/connections")
  @Operation(summary = "The connections of the person signed in")
  List<Connection> mine(@AuthenticationPrincipal CurrentUser user) {
    return connections.mine(user);
  }

  @PostMapping("/api/me/connections")
  @Operation(summary = "The person signed in adds a connection to their own record; giving an end answers 403, "
      + "as ending a connection is for their worker")
  ResponseEntity<Connection> addMine(@AuthenticationPrincipal CurrentUser user, @RequestBody NewConnection body) {
    UUID connection = connections.addMine(user, body);
    return ResponseEntity.created(URI.create("/api/me/connections")).body(connections.mine(user).stream()
        .filter(c -> c.id().equals(connection)).findFirst().orElseThrow());
  }

  @PostMapping("/api/me/connections/{connectionId}")
  @Operation(summary = "The person signed in says how one of their connections is going; giving an end answers "
      + "403, as ending a connection is for their worker; 409 if it changed since the version given")
  Connection changeMine(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID connectionId,
      @RequestBody ChangeBody body) {
    connections.changeMine(user, connectionId, body.version() == null ? -1 : body.version(),
        new ConnectionChange(body.progress(), body.note(), body.end()));
    return connections.getMine(user, connectionId);
  }

  @ExceptionHandler(EndingRefused.class)
  ProblemDetail endingRefused(EndingRefused e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Forbidden");
    return problem;
  }

  record ChangeBody(@Nullable Integer version, org.bridgeway.community.@Nullable Progress progress,
      @Nullable String note, java.time.@Nullable LocalDate end) {}
}
