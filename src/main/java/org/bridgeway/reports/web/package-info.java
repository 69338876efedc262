/** The report pages, their downloads and the quarterly PDF. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.reports.web;
