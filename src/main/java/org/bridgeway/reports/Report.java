package org.bridgeway.reports;

import java.util.List;
import org.bridgeway.shared.Table;

/**
 * One report as computed: what it covers in words ("On 30 June 2026", or a period), the definitions of its
 * terms, and its tables. {@code suppressed} is true when small numbers are hidden, for commissioners.
 */
public record Report(ReportKind kind, String covers, List<Definition> definitions, List<Table> tables,
    boolean suppressed) {

  /** A term and what it means in this report. */
  public record Definition(String term, String meaning) {}

  /** The table with the given short name. */
  public Table table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new org.bridgeway.shared.RecordNotFound("Table " + name));
  }
}
