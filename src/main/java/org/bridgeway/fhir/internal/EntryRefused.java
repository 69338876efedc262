package org.bridgeway.fhir.internal;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Why one entry of a bundle cannot be taken: the HTTP status the entry answers with, the kind of issue, and
 * every reason in plain words. Thrown before anything of the entry is written, or by a module's refusal.
 */
class EntryRefused extends RuntimeException {

  private final int status;
  private final IssueType type;
  private final List<String> reasons;

  EntryRefused(int status, IssueType type, List<String> reasons) {
    super(String.join(" ", reasons));
    this.status = status;
    this.type = type;
    this.reasons = List.copyOf(reasons);
  }

  static EntryRefused invalid(String reason) {
    return new EntryRefused(400, IssueType.INVALID, List.of(reason));
  }

  static EntryRefused notFound(String reason) {
    return new EntryRefused(404, IssueType.NOTFOUND, List.of(reason));
  }

  int status() {
    return status;
  }

  IssueType type() {
    return type;
  }

  List<String> reasons() {
    return reasons;
  }
}
