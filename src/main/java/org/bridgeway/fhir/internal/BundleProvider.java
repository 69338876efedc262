package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

/**
 * Transaction and batch bundles posted to {@code /fhir}. The answer is a transaction-response (or
 * batch-response) with an entry per entry posted: its status, where the record is, and an OperationOutcome saying
 * whether it was kept, already kept, updated, skipped or refused, and why. A transaction with a refused entry is
 * answered instead with the refusal's status (the first refused entry's) and an OperationOutcome listing every
 * refused entry; nothing of it is saved. At most {@value #MOST_ENTRIES} entries a bundle.
 */
@Component
class BundleProvider {

  static final int MOST_ENTRIES = 1_000;

  private final BundleIntake intake;

  BundleProvider(BundleIntake intake) {
    this.intake = intake;
  }

  @Transaction
  public Bundle transaction(@TransactionParam Bundle bundle, RequestDetails request) {
    if (bundle.getType() != BundleType.TRANSACTION && bundle.getType() != BundleType.BATCH) {
      throw new InvalidRequestException("Post a Bundle of type transaction or batch to /fhir; this one is of type "
          + (bundle.getType() == null ? "none" : bundle.getType().toCode()) + ".");
    }
    if (bundle.getEntry().size() > MOST_ENTRIES) {
      throw new PayloadTooLargeException("The bundle has " + bundle.getEntry().size() + " entries; send at most "
          + MOST_ENTRIES + " in one bundle. Nothing was saved.");
    }
    List<EntryResult> results = intake.take(CallerInterceptor.user(request), bundle);
    boolean transaction = bundle.getType() == BundleType.TRANSACTION;
    if (transaction && results.stream().anyMatch(EntryResult::isRefused)) {
      throw refusal(results);
    }
    Bundle response = new Bundle().setType(transaction ? BundleType.TRANSACTIONRESPONSE : BundleType.BATCHRESPONSE);
    for (int i = 0; i < results.size(); i++) {
      EntryResult result = results.get(i);
      BundleEntryComponent entry = response.addEntry();
      entry.getResponse().setStatus(result.statusLine()).setLocation(result.location())
          .setOutcome(outcome(result, i));
    }
    return response;
  }

  private static BaseServerResponseException refusal(List<EntryResult> results) {
    OperationOutcome outcome = new OperationOutcome();
    long refused = results.stream().filter(EntryResult::isRefused).count();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.PROCESSING).setDiagnostics(
        "Nothing was saved: " + refused + (refused == 1 ? " entry was" : " entries were") + " refused.");
    int status = results.stream().filter(EntryResult::isRefused).findFirst().map(EntryResult::status).orElse(400);
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).isRefused()) {
        issues(outcome, results.get(i), i);
      }
    }
    BaseServerResponseException exception = BaseServerResponseException.newInstance(status,
        outcome.getIssueFirstRep().getDiagnostics());
    exception.setOperationOutcome(outcome);
    return exception;
  }

  private static OperationOutcome outcome(EntryResult result, int index) {
    return issues(new OperationOutcome(), result, index);
  }

  private static OperationOutcome issues(OperationOutcome outcome, EntryResult result, int index) {
    IssueSeverity severity = switch (result.fate()) {
      case REFUSED -> IssueSeverity.ERROR;
      case SKIPPED -> IssueSeverity.WARNING;
      default -> IssueSeverity.INFORMATION;
    };
    for (String reason : result.reasons()) {
      outcome.addIssue().setSeverity(severity).setCode(result.type()).setDiagnostics(reason)
          .setExpression(List.of(new StringType("Bundle.entry[" + index + "]")));
    }
    return outcome;
  }
}
