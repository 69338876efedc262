package org.bridgeway.alliance.web;

import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every resource of the JSON API answers alike. */
final class Api {

  private Api() {}

  /** 201 Created, with the new record's address in Location. */
  static <T> ResponseEntity<T> created(UUID id, T body) {
    return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
        .buildAndExpand(id).toUri()).body(body);
  }

  /** The version the client loaded; a change without one is refused rather than saved blindly. */
  static int version(@Nullable Integer version) {
    if (version == null) {
      throw new InvalidInput(List.of(new FieldProblem("version",
          "Give the version of the record you loaded, so that no one else's change is overwritten")));
    }
    return version;
  }
}
