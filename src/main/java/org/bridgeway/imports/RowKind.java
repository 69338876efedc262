package org.bridgeway.imports;

import java.util.List;
import org.bridgeway.access.CurrentUser;

/**
 * How the rows of one kind of file are checked and written. A pass looks at every row and records each refusal
 * in the tally. A check makes the same pass as an import, in a transaction it then rolls back, so that rules
 * spanning rows (two stays of one person at once, say) are met in the check as in the import.
 */
interface RowKind {

  ImportKind kind();

  void pass(CurrentUser user, List<Row> rows, Tally tally, boolean importing);
}
