package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.util.UUID;

/** An alliance as the installation administrator sees it: no person's data, only its shape. */
public record AllianceSummary(
    UUID id, String name, String shortName, BigDecimal standardWeekHours, long organisations, long services,
    long accounts, int version) {}
