package org.bridgeway.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonSummary;
import org.bridgeway.people.SupportContactDetails;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People's records over JSON, with the same rules and audit as the pages. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "Find, read, add and change people's records")
class PeopleApi {

  private final People people;

  PeopleApi(People people) {
    this.people = people;
  }

  @GetMapping
  @Operation(summary = "Find people by name, date of birth (ISO or dd/mm/yyyy), NHS number or local ID")
  Paged<PersonSummary> find(@AuthenticationPrincipal CurrentUser user, @RequestParam String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > 100) {
      throw new InvalidInput(List.of(new FieldProblem("size", "Ask for between 1 and 100 people a page")));
    }
    return people.find(user, q, page, size);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a person's record")
  PersonResponse read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return PersonResponse.of(people.read(user, id));
  }

  @PostMapping
  @Operation(summary = "Add a person; the NHS number, if given, must pass its Modulus 11 check. The body is the "
      + "record if the caller may open it (see GET), otherwise only its id")
  ResponseEntity<?> add(@AuthenticationPrincipal CurrentUser user, @RequestBody PersonRequest request) {
    UUID id = people.add(user, request.details());
    var created = ResponseEntity.created(URI.create("/api/people/" + id));
    return people.mayOpen(user, id) ? created.body(PersonResponse.of(people.read(user, id)))
        : created.body(java.util.Map.of("id", id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change a person's details; give the version you read, or get 409 if it has changed since")
  PersonResponse change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody PersonRequest request) {
    if (request.version() == null) {
      throw new InvalidInput(List.of(new FieldProblem("version", "Give the version of the record you are changing")));
    }
    people.change(user, id, request.details(), request.version());
    return PersonResponse.of(people.read(user, id));
  }

  @PostMapping("/{id}/support-circle")
  @Operation(summary = "Add someone to the person's circle of support")
  ResponseEntity<PersonResponse> addContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody SupportContactDetails contact) {
    people.addToSupportCircle(user, id, contact);
    return ResponseEntity.status(201).body(PersonResponse.of(people.read(user, id)));
  }

  @PostMapping("/{id}/support-circle/{contactId}/void")
  @Operation(summary = "Remove someone from the circle of support; the entry is kept, voided with the reason")
  PersonResponse voidContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID contactId, @RequestBody VoidRequest request) {
    people.removeFromSupportCircle(user, id, contactId, request.reason());
    return PersonResponse.of(people.read(user, id));
  }

  record VoidRequest(String reason) {}
}
