package org.bridgeway.reports;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.figures.Period;

/**
 * One of the reports of {@link ReportKind}, computed for a period (a report for a day is for the period's last
 * day). {@link Reports} checks the user may see reports and audits the read before and after asking it.
 */
interface OneReport {

  ReportKind kind();

  Report report(CurrentUser user, Period period, boolean commissioner);
}
