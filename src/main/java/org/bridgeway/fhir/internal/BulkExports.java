package org.bridgeway.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.fhir.internal.ExportJobStore.Job;
import org.bridgeway.fhir.internal.ExportedTypes.ExportedType;
import org.bridgeway.people.People;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/**
 * FHIR Bulk Data export jobs. A kick-off keeps a job and runs it in the background, one at a time: each resource
 * type is searched as the caller would search it (people one by one, only those whose record the caller may
 * open) and written as one NDJSON file kept with the job. A job is seen only within its alliance, and only by the
 * account that started it or an administrator of the alliance; to anyone else it does not exist. A cancelled job
 * stops at its next step and is never served again.
 */
@Component
class BulkExports {

  static final String RUNNING = "RUNNING";
  static final String COMPLETE = "COMPLETE";
  private static final int PROGRESS_EVERY = 25;

  private final ExportJobStore store;
  private final ExportedTypes types;
  private final People people;
  private final FhirContext fhir;
  private final AuditTrail audit;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "fhir-export");
    thread.setDaemon(true);
    return thread;
  });

  BulkExports(ExportJobStore store, ExportedTypes types, People people, FhirContext fhir, AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.types = types;
    this.people = people;
    this.fhir = fhir;
    this.audit = audit;
    this.clock = clock;
  }

  /** Keeps a job for the types named (every type when none is) and starts it; refuses a type not exported. */
  Job start(CurrentUser user, String requestUrl, List<String> typeNames) {
    List<String> names = typeNames.isEmpty() ? types.all().stream().map(ExportedType::name).toList() : typeNames;
    List<String> unknown = names.stream().filter(n -> types.named(n).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidRequestException("_type names resource types this server does not export: "
          + String.join(", ", unknown) + ". It exports " + types.all().stream().map(ExportedType::name).toList());
    }
    Job job = new Job(user.alliance(), UUID.randomUUID(), user.username(), requestUrl, List.copyOf(names), RUNNING,
        "", null, Instant.now(clock));
    store.insert(job);
    audit.record(user, user.alliance(), AuditAction.CREATE, "FHIR export", job.id(), null,
        "FHIR bulk export of " + String.join(", ", names));
    worker.submit(() -> run(user, job));
    return job;
  }

  /** The job, if the user may see it: same alliance, and the one who started it or an administrator. */
  Optional<Job> visible(CurrentUser user, UUID id) {
    return store.find(user.alliance(), id).filter(job -> !job.status().equals("CANCELLED"))
        .filter(job -> job.requestedBy().equals(user.username()) || user.role() == Role.ADMIN);
  }

  List<ExportJobStore.File> files(Job job) {
    return store.files(job.allianceId(), job.id());
  }

  /** A finished job's file of one type; audited as a download. */
  Optional<byte[]> file(CurrentUser user, Job job, String resourceType) {
    Optional<byte[]> content = job.status().equals(COMPLETE)
        ? store.content(job.allianceId(), job.id(), resourceType) : Optional.empty();
    content.ifPresent(bytes -> audit.record(user, user.alliance(), AuditAction.EXPORT, "FHIR export", job.id(),
        null, "FHIR bulk export file " + resourceType));
    return content;
  }

  /** Cancels a job that is running or complete; its files are no longer served. */
  boolean cancel(CurrentUser user, Job job) {
    boolean cancelled = store.cancel(job.allianceId(), job.id());
    if (cancelled) {
      audit.record(user, user.alliance(), AuditAction.VOID, "FHIR export", job.id(), null, "FHIR bulk export cancelled");
    }
    return cancelled;
  }

  private void run(CurrentUser user, Job job) {
    RequestDetails request = CallerInterceptor.actingFor(user);
    IParser json = fhir.newJsonParser().setPrettyPrint(false);
    try {
      List<UUID> persons = null;
      for (int i = 0; i < job.types().size(); i++) {
        ExportedType type = types.named(job.types().get(i)).orElseThrow();
        String step = type.name() + " (type " + (i + 1) + " of " + job.types().size() + ")";
        if (!store.progress(job.allianceId(), job.id(), step)) {
          return;
        }
        if (type.perPatient() && persons == null) {
          persons = people.openable(user);
        }
        List<IBaseResource> found = type.perPatient() ? ofEachPerson(job, type, step, persons, request)
            : ExportedTypes.every(at -> type.alliance().page(request, at));
        StringBuilder ndjson = new StringBuilder();
        found.forEach(resource -> ndjson.append(json.encodeResourceToString(resource)).append('\n'));
        store.addFile(job.allianceId(), job.id(), type.name(), found.size(),
            ndjson.toString().getBytes(StandardCharsets.UTF_8));
      }
      store.finish(job.allianceId(), job.id(), COMPLETE, null);
    } catch (RuntimeException e) {
      store.finish(job.allianceId(), job.id(), "FAILED", String.valueOf(e.getMessage()));
    }
  }

  private List<IBaseResource> ofEachPerson(Job job, ExportedType type, String step, List<UUID> persons,
      RequestDetails request) {
    List<IBaseResource> found = new ArrayList<>();
    for (int n = 0; n < persons.size(); n++) {
      if (n % PROGRESS_EVERY == 0 && n > 0
          && !store.progress(job.allianceId(), job.id(), step + ": " + n + " of " + persons.size() + " people")) {
        throw new IllegalStateException("Cancelled");
      }
      ReferenceParam patient = new ReferenceParam("Patient/" + persons.get(n));
      try {
        found.addAll(ExportedTypes.every(at -> type.patient().page(request, patient, at)));
      } catch (BaseServerResponseException e) {
        // A record that can no longer be opened (its access changed since the list was made) is left out.
      }
    }
    return found;
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
