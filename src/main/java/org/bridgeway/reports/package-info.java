/**
 * Reports for the alliance: caseload, waiting, occupancy, length of stay and equality monitoring, each a set of
 * tables with their definitions that can be downloaded as CSV and as a spreadsheet, and the quarterly report for
 * commissioners as a PDF. The figures they share with the dashboard come from
 * {@link org.bridgeway.figures.AllianceFigures}, so the numbers match; commissioners see small numbers suppressed
 * ({@link org.bridgeway.figures.SmallNumbers}, and {@link org.bridgeway.reports.SmallCounts} within a table).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
@org.jspecify.annotations.NullMarked
package org.bridgeway.reports;
