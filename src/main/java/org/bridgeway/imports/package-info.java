/**
 * Spreadsheet imports: people, stays, contacts and attendance from CSV or .xlsx files that partners' own systems
 * produce. Each file is checked first, every row by the same rules as the forms and through the owning modules'
 * public services; a report names each refused row by line, column and reason. A file imports only when no row
 * is refused, in one transaction, so nothing is half-imported; rows that match a record already kept (on its
 * natural key) are counted as unchanged, so importing the same file again changes nothing, and a row that
 * differs from what is kept is refused rather than written over it.
 */
@ApplicationModule(displayName = "Imports")
@NullMarked
package org.bridgeway.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
