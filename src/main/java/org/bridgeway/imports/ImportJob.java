package org.bridgeway.imports;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file and what became of it: being checked, checked (ready to import), refused (some row was), being
 * imported, imported, or failed (the import met a refusal the check had not, and saved nothing).
 */
public record ImportJob(UUID id, ImportKind kind, String fileName, Status status, int rowsTotal, int rowsDone,
    int toCreate, int unchanged, int refused, int created, @Nullable String failure, String createdBy,
    Instant createdAt, @Nullable Instant finishedAt) {

  /** Where a job is. */
  public enum Status {
    CHECKING("Checking", "blue"), CHECKED("Ready to import", "green"), REFUSED("Refused", "red"),
    IMPORTING("Importing", "blue"), IMPORTED("Imported", "green"), FAILED("Not imported", "red");

    private final String label;
    private final String colour;

    Status(String label, String colour) {
      this.label = label;
      this.colour = colour;
    }

    public String label() {
      return label;
    }

    public String colour() {
      return colour;
    }
  }

  public boolean working() {
    return status == Status.CHECKING || status == Status.IMPORTING;
  }

  public boolean importable() {
    return status == Status.CHECKED && refused == 0;
  }

  /** Rows looked at so far, as a whole percentage. */
  public int percentDone() {
    return rowsTotal == 0 ? 0 : (int) (100L * rowsDone / rowsTotal);
  }
}
