package org.bridgeway.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.imports.ImportJob.Status;
import org.bridgeway.imports.internal.JobStore;
import org.bridgeway.imports.internal.SheetReader;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spreadsheet imports for an alliance's administrators and managers. {@link #upload} keeps the file as a job;
 * {@link #check} reads every row and makes the whole import in a transaction it rolls back, keeping the counts and
 * every refused row; {@link #run} imports a checked file with no refused row in one transaction, which saves
 * nothing if any row is refused then. Check and import may run in the background: the job's rows done show how
 * far they have got.
 */
@Service
public class Imports {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Imports.class);

  public static final long LARGEST_FILE = 50L * 1024 * 1024;
  /** Why a file over {@link #LARGEST_FILE} is refused. */
  public static final String TOO_LARGE = "The file must be smaller than 50 MB";
  public static final int PROBLEMS_SHOWN = 500;

  private final JobStore jobs;
  private final Map<ImportKind, RowKind> kinds = new EnumMap<>(ImportKind.class);
  private final AuditTrail audit;
  private final TransactionTemplate work;
  private final TransactionTemplate aside;

  Imports(JobStore jobs, List<RowKind> kinds, AuditTrail audit, PlatformTransactionManager transactions) {
    this.jobs = jobs;
    kinds.forEach(k -> this.kinds.put(k.kind(), k));
    this.audit = audit;
    this.work = new TransactionTemplate(transactions);
    this.aside = new TransactionTemplate(transactions);
    this.aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Keeps the file as a job waiting to be checked; refused when it is empty, too large or not CSV or .xlsx. */
  public UUID upload(CurrentUser user, ImportKind kind, String fileName, byte[] content) {
    requireImporter(user);
    String name = fileName.isBlank() ? "upload" : fileName.replaceAll("[\\\\/]", "_").trim();
    if (content.length == 0) {
      throw new InvalidInput(List.of(new FieldProblem("file", "Choose a CSV or .xlsx file to upload")));
    }
    if (content.length > LARGEST_FILE) {
      throw new InvalidInput(List.of(new FieldProblem("file", TOO_LARGE)));
    }
    if (!name.toLowerCase().endsWith(".csv") && !SheetReader.workbook(name)) {
      throw new InvalidInput(List.of(new FieldProblem("file", "The file must be a CSV or an .xlsx file")));
    }
    UUID id = UUID.randomUUID();
    work.executeWithoutResult(s -> {
      jobs.insert(user.alliance(), id, kind, name, content, user.username());
      audit.record(user, user.alliance(), AuditAction.CREATE, "Import", id, null,
          kind.label() + " from " + name + " uploaded to be checked");
    });
    return id;
  }

  /** Checks every row of a job being checked; the job ends checked, or refused with every refused row. */
  public ImportJob check(CurrentUser user, UUID id) {
    ImportJob job = job(user, id);
    if (job.status() != Status.CHECKING) {
      return job;
    }
    Pass pass;
    try {
      pass = pass(user, job, false);
    } catch (RuntimeException e) {
      return failed(user, id, e);
    }
    aside.executeWithoutResult(s -> jobs.finish(user.alliance(), id, pass.tally.refused() ? Status.REFUSED
        : Status.CHECKED, pass.tally.created(), pass.tally.unchangedCount(), 0, pass.tally.problems(), null));
    return job(user, id);
  }

  /** Marks a checked job with no refused rows as being imported; refused for any other job, or a second time. */
  public void start(CurrentUser user, UUID id) {
    ImportJob job = job(user, id);
    if (!job.importable() || !aside.execute(s -> jobs.move(user.alliance(), id, Status.CHECKED, Status.IMPORTING))) {
      throw new Refused("file", "Only a checked file with no refused rows can be imported, once");
    }
  }

  /**
   * Imports a job {@link #start started} in one transaction with the import's audit line. A refusal the check did
   * not meet (someone changed the records since) saves nothing and leaves the job failed with the refused rows.
   */
  public ImportJob run(CurrentUser user, UUID id) {
    ImportJob job = job(user, id);
    if (job.status() != Status.IMPORTING) {
      return job;
    }
    Pass pass;
    try {
      pass = pass(user, job, true);
    } catch (RuntimeException e) {
      return failed(user, id, e);
    }
    if (pass.tally.refused()) {
      aside.executeWithoutResult(s -> jobs.finish(user.alliance(), id, Status.FAILED, 0, 0, 0,
          pass.tally.problems(), "Rows were refused on import that the check allowed: nothing was saved"));
    }
    return job(user, id);
  }

  public ImportJob job(CurrentUser user, UUID id) {
    requireImporter(user);
    return jobs.find(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Import"));
  }

  public List<RowProblem> problems(CurrentUser user, UUID id, int limit) {
    job(user, id);
    return jobs.problems(user.alliance(), id, limit);
  }

  public List<ImportJob> recent(CurrentUser user) {
    requireImporter(user);
    return jobs.recent(user.alliance(), 20);
  }

  public static boolean mayImport(CurrentUser user) {
    return user.allianceId() != null && (user.is(Role.ADMIN) || user.is(Role.MANAGER));
  }

  private record Pass(Tally tally) {}

  private ImportJob failed(CurrentUser user, UUID id, RuntimeException e) {
    LOG.error("Import {} stopped", id, e);
    aside.executeWithoutResult(s -> jobs.finish(user.alliance(), id, Status.FAILED, 0, 0, 0, List.of(),
        "The file could not be processed, and nothing was saved. Check that it matches the template"));
    return job(user, id);
  }

  private Pass pass(CurrentUser user, ImportJob job, boolean importing) {
    Tally tally = new Tally(done -> aside.executeWithoutResult(s -> jobs.progress(user.alliance(), job.id(), done)));
    List<Row> rows = rows(user, job, tally);
    if (rows.isEmpty()) {
      return new Pass(tally);
    }
    aside.executeWithoutResult(s -> jobs.started(user.alliance(), job.id(), rows.size()));
    work.executeWithoutResult(status -> {
      kinds.get(job.kind()).pass(user, rows, tally, importing);
      if (!importing || tally.refused()) {
        status.setRollbackOnly();
        return;
      }
      jobs.finish(user.alliance(), job.id(), Status.IMPORTED, 0, tally.unchangedCount(), tally.created(),
          List.of(), null);
      audit.record(user, user.alliance(), AuditAction.CREATE, "Import", job.id(), null, job.kind().label()
          + " imported from " + job.fileName() + ": " + tally.created() + " created, " + tally.unchangedCount()
          + " unchanged");
    });
    return new Pass(tally);
  }

  private List<Row> rows(CurrentUser user, ImportJob job, Tally tally) {
    try {
      List<Row> rows = SheetReader.read(job.fileName(), jobs.content(user.alliance(), job.id()),
          job.kind().headings());
      List<String> unknown = SheetReader.unknown(rows, job.kind().headings());
      unknown.forEach(h -> tally.refuse(1, h, "The template has no column \"" + h + "\": check its spelling"));
      if (rows.isEmpty()) {
        tally.refuse(1, "file", "The file has no rows below its headings");
      }
      return unknown.isEmpty() ? rows : List.of();
    } catch (Refused e) {
      tally.refuse(1, "file", e.getMessage());
      return new ArrayList<>();
    }
  }

  private static void requireImporter(CurrentUser user) {
    if (!mayImport(user)) {
      throw new AccessDenied("imports");
    }
  }
}
