/**
 * Extracts of the alliance's records in other systems' shapes: the NHS Mental Health Services Data Set (MHSDS)
 * for a month, as one zip of CSV files, one per MHSDS table. Built only from the other modules' public services,
 * so each person's record is read (and audited) as a page would read it, and only people whose record the
 * caller may open are in it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports")
@org.jspecify.annotations.NullMarked
package org.bridgeway.exports;
