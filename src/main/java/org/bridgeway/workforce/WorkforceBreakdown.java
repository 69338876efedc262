package org.bridgeway.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bridgeway.alliance.Workforce;

/**
 * The workforce on a day: the alliance as a whole and broken down by organisation, team and service. Each
 * member of staff counts once in the alliance, once under their organisation and once under their team (or "no
 * team"); under services they count at each service they are based at that day (or "not based at a service").
 */
public record WorkforceBreakdown(LocalDate day, BigDecimal standardWeek, Workforce alliance,
    List<WorkforceRow> byOrganisation, List<WorkforceRow> byTeam, List<WorkforceRow> byService) {}
