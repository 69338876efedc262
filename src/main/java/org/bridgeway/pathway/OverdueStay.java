package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An open stay on a day that has covered more days than its service's intended maximum. The person's name and
 * id are given only when the user may open their record.
 */
public record OverdueStay(
    UUID stayId,
    @Nullable UUID personId,
    @Nullable String name,
    UUID serviceId,
    String serviceName,
    LocalDate startDate,
    long daysSoFar,
    int intendedMaxDays,
    long daysOver) {}
