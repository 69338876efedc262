package org.bridgeway.fhir.internal;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;

/**
 * What became of one entry of a bundle: kept (a new record), already kept (a conditional create that found the
 * record an earlier bundle made), updated, skipped (nothing Bridgeway keeps) or refused, with the reasons.
 */
record EntryResult(Fate fate, int status, @Nullable String location, IssueType type, List<String> reasons) {

  enum Fate { KEPT, ALREADY_KEPT, UPDATED, SKIPPED, REFUSED }

  static EntryResult kept(String location, String what) {
    return new EntryResult(Fate.KEPT, 201, location, IssueType.INFORMATIONAL, List.of("Kept as " + what + "."));
  }

  static EntryResult alreadyKept(String location, String what) {
    return new EntryResult(Fate.ALREADY_KEPT, 200, location, IssueType.INFORMATIONAL,
        List.of("Already kept as " + what + ": nothing new was created."));
  }

  static EntryResult updated(String location, String what) {
    return new EntryResult(Fate.UPDATED, 200, location, IssueType.INFORMATIONAL, List.of("Updated " + what + "."));
  }

  static EntryResult skipped(String reason) {
    return new EntryResult(Fate.SKIPPED, 200, null, IssueType.NOTSUPPORTED, List.of("Skipped: " + reason));
  }

  static EntryResult refused(EntryRefused refusal) {
    return new EntryResult(Fate.REFUSED, refusal.status(), null, refusal.type(), refusal.reasons());
  }

  boolean isRefused() {
    return fate == Fate.REFUSED;
  }

  String statusLine() {
    return status + " " + switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 412 -> "Precondition Failed";
      case 422 -> "Unprocessable Entity";
      default -> "";
    };
  }
}
