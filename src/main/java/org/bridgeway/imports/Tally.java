package org.bridgeway.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** What a pass over the rows found: how many to create (or created), how many unchanged, and every refusal. */
final class Tally {

  private final List<RowProblem> problems = new ArrayList<>();
  private final IntConsumer progress;
  private int created;
  private int unchanged;
  private int done;

  Tally(IntConsumer progress) {
    this.progress = progress;
  }

  void refuse(int line, String field, String reason) {
    problems.add(new RowProblem(line, field, reason));
  }

  void create() {
    created++;
  }

  void unchanged() {
    unchanged++;
  }

  /** Counts a row as looked at, telling the page every thousand rows. */
  void done() {
    done++;
    if (done % 1000 == 0) {
      progress.accept(done);
    }
  }

  boolean refused() {
    return !problems.isEmpty();
  }

  List<RowProblem> problems() {
    return problems;
  }

  int created() {
    return created;
  }

  int unchangedCount() {
    return unchanged;
  }
}
