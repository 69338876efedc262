package org.bridgeway.fhir.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a transaction or batch bundle's entries into the modules, in an order that lets an entry refer to one
 * before it (people, then their stays, then their contacts), and says what became of each. A transaction is one
 * database transaction: when any entry is refused, the rest are still checked (so every reason is given at once)
 * and nothing is saved. A batch takes each entry in a transaction of its own. Resource types Bridgeway does not
 * keep are skipped, and said to be; the server's own kinds of resource (bundles, audit events, definitions) are
 * refused, as is deleting anything: Bridgeway voids records with a reason, in its pages.
 */
@Component
class BundleIntake {

  static final Set<String> REFUSED_TYPES = Set.of("Bundle", "Binary", "AuditEvent", "Subscription",
      "OperationOutcome", "Parameters", "CapabilityStatement", "StructureDefinition", "SearchParameter",
      "OperationDefinition", "CompartmentDefinition", "ImplementationGuide", "CodeSystem", "ValueSet",
      "ConceptMap", "NamingSystem", "MessageHeader", "MessageDefinition", "TerminologyCapabilities");
  static final Set<String> KEPT_ELSEWHERE = Set.of("Organization", "HealthcareService", "Location",
      "ServiceRequest", "CareTeam", "CarePlan", "Goal", "Consent", "QuestionnaireResponse", "Observation");

  private final Map<String, EntryIntake> intakes;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;

  BundleIntake(List<EntryIntake> intakes, PlatformTransactionManager transactions, AuditTrail audit) {
    this.intakes = intakes.stream().collect(Collectors.toMap(EntryIntake::resourceType, Function.identity()));
    this.transactions = new TransactionTemplate(transactions);
    this.audit = audit;
  }

  /** The results of the entries, in the bundle's order; refused when a transaction's entry was refused. */
  List<EntryResult> take(CurrentUser user, Bundle bundle) {
    boolean transaction = bundle.getType() == BundleType.TRANSACTION;
    References references = References.of(bundle);
    List<BundleEntryComponent> entries = bundle.getEntry();
    EntryResult[] results = new EntryResult[entries.size()];
    List<Integer> order = IntStream.range(0, entries.size()).boxed()
        .sorted(Comparator.comparingInt(i -> rank(entries.get(i)))).toList();
    if (transaction) {
      transactions.executeWithoutResult(status -> {
        boolean refused = false;
        for (int i : order) {
          results[i] = refused ? checkOnly(user, entries.get(i), references) : one(user, entries.get(i), references);
          refused |= results[i].isRefused();
        }
        if (refused) {
          status.setRollbackOnly();
        } else {
          audited(user, "Transaction", List.of(results));
        }
      });
    } else {
      for (int i : order) {
        results[i] = transactions.execute(status -> {
          EntryResult result = one(user, entries.get(i), references);
          if (result.isRefused() && result.status() != 403) {
            status.setRollbackOnly();
          }
          return result;
        });
      }
      audited(user, "Batch", List.of(results));
    }
    return List.of(results);
  }

  /** One line for the bundle as a whole, beside the modules' own line for each record written. */
  private void audited(CurrentUser user, String kind, List<EntryResult> results) {
    audit.record(user, user.alliance(), AuditAction.CREATE, "FhirBundle", null, null,
        kind + " bundle posted to the FHIR API: " + Summary.of(results));
  }

  private EntryResult one(CurrentUser user, BundleEntryComponent entry, References references) {
    try {
      EntryIntake intake = intake(entry);
      return intake == null ? skipped(entry) : intake.take(user, entry, references);
    } catch (EntryRefused e) {
      return EntryResult.refused(e);
    } catch (InvalidInput e) {
      return EntryResult.refused(new EntryRefused(400, IssueType.INVALID, e.problems().stream()
          .map(p -> p.field() + ": " + p.message() + ".").toList()));
    } catch (Refused e) {
      return EntryResult.refused(new EntryRefused(422, IssueType.BUSINESSRULE, List.of(e.getMessage())));
    } catch (EditConflict e) {
      return EntryResult.refused(new EntryRefused(409, IssueType.CONFLICT, List.of("Someone changed the record "
          + "since the version If-Match names: read it again, and send the change with its new ETag.")));
    } catch (RecordNotFound e) {
      return EntryResult.refused(EntryRefused.notFound("No such " + e.getMessage().toLowerCase() + " in your "
          + "alliance: " + entry.getRequest().getUrl() + " refers to a record that is not here."));
    } catch (AccessDenied e) {
      return EntryResult.refused(new EntryRefused(403, IssueType.FORBIDDEN, List.of("You may not open the record of "
          + "the person this entry is about.")));
    }
  }

  private EntryResult checkOnly(CurrentUser user, BundleEntryComponent entry, References references) {
    try {
      EntryIntake intake = intake(entry);
      if (intake == null) {
        return skipped(entry);
      }
      intake.check(user, entry, references);
      return EntryResult.skipped("not saved, because another entry of the transaction was refused.");
    } catch (EntryRefused e) {
      return EntryResult.refused(e);
    }
  }

  /** The intake for the entry, or null when its type is one Bridgeway does not keep; refuses what it cannot take. */
  private EntryIntake intake(BundleEntryComponent entry) {
    if (!entry.hasRequest() || entry.getRequest().getMethod() == null || !entry.getRequest().hasUrl()) {
      throw EntryRefused.invalid("Each entry needs a request with a method and a URL, like POST Patient.");
    }
    HTTPVerb method = entry.getRequest().getMethod();
    if (method == HTTPVerb.GET || method == HTTPVerb.HEAD) {
      throw new EntryRefused(405, IssueType.NOTSUPPORTED, List.of("Read and search with GET on /fhir itself: a "
          + "bundle posted here only writes."));
    }
    String type = entry.getRequest().getUrl().split("[/?]", 2)[0];
    if (REFUSED_TYPES.contains(type) || (entry.getResource() != null && REFUSED_TYPES.contains(entry.getResource()
        .fhirType()))) {
      throw EntryRefused.invalid(type + " is not taken in a bundle: it is no record of a person's care.");
    }
    EntryIntake intake = intakes.get(type);
    if (method == HTTPVerb.DELETE || method == HTTPVerb.PATCH) {
      if (intake != null || KEPT_ELSEWHERE.contains(type)) {
        throw new EntryRefused(405, IssueType.NOTSUPPORTED, List.of(method.toCode() + " " + type + " is not taken: "
            + "Bridgeway deletes nothing (records are voided with a reason), and changes a record only by PUT."));
      }
      return null;
    }
    if (entry.getResource() == null) {
      throw EntryRefused.invalid(method.toCode() + " " + entry.getRequest().getUrl() + " carries no resource.");
    }
    if (!entry.getResource().fhirType().equals(type)) {
      throw EntryRefused.invalid("The entry's resource is a " + entry.getResource().fhirType() + ", but its request "
          + "is " + method.toCode() + " " + entry.getRequest().getUrl() + ".");
    }
    if (intake != null && !intake.methods().contains(method)) {
      throw new EntryRefused(405, IssueType.NOTSUPPORTED, List.of(method.toCode() + " " + type + " is not taken: "
          + "send " + intake.methods().stream().map(HTTPVerb::toCode).sorted().collect(Collectors.joining(" or "))
          + "."));
    }
    if (intake == null && method == HTTPVerb.PUT && KEPT_ELSEWHERE.contains(type)) {
      throw new EntryRefused(405, IssueType.NOTSUPPORTED, List.of("PUT " + type + " is not taken: Bridgeway's "
          + type + " records are changed in its own pages."));
    }
    return intake;
  }

  private static EntryResult skipped(BundleEntryComponent entry) {
    String type = entry.getResource() == null ? entry.getRequest().getUrl().split("[/?]", 2)[0]
        : entry.getResource().fhirType();
    return EntryResult.skipped(KEPT_ELSEWHERE.contains(type)
        ? "Bridgeway keeps its " + type + " records in its own pages and does not take them from bundles."
        : "Bridgeway does not keep " + type + " resources.");
  }

  private int rank(BundleEntryComponent entry) {
    String type = entry.getResource() == null ? "" : entry.getResource().fhirType();
    return switch (type) {
      case "Patient" -> 0;
      case "EpisodeOfCare" -> 1;
      case "Encounter" -> 2;
      default -> 3;
    };
  }
}
