/** The SQL behind the reports, where no other module publishes the counts they need. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.reports.internal;
