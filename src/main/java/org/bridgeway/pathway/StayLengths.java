package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.List;
import org.bridgeway.shared.Paged;

/**
 * Lengths of stay: the stays overdue on the day (a page of them, longest overdue first, with how many of the
 * page are people the user may not open), and by service the lengths of stays that ended in the period and of
 * the stays open on the day. Each list of distributions ends with the total of all services, when there are any.
 */
public record StayLengths(
    LocalDate day,
    LocalDate from,
    LocalDate to,
    Paged<OverdueStay> overdue,
    long overdueHidden,
    List<LengthDistribution> ended,
    List<LengthDistribution> open) {}
