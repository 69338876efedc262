package org.bridgeway.figures.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.figures.FigureRecord;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Measure;
import org.bridgeway.figures.Period;
import org.bridgeway.people.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * The pathway figures, read with SQL over the stays, the services, the alliance's ladder, the referrals and the
 * care teams, and the records behind them. Each figure's rows are chosen once, in {@link PathwayDefinitions}: the
 * count and the list of records are two selects over the same fragment. A stay covers the days from its start up
 * to the day before its end, so a stay covers day d when {@code start_date <= d and (end_date is null or end_date
 * > d)}.
 */
@Component
public class PathwayFigureStore {

  static final String FILTERS = PathwayDefinitions.FILTERS;

  private static final String PERSON_COLUMNS =
      "p.id, p.given_name, p.family_name, p.preferred_name, p.nhs_number";

  private final JdbcClient jdbc;

  PathwayFigureStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Measure residentialPlacements(UUID alliance, Period period, Filters filters) {
    return count(PathwayDefinitions.RESIDENTIAL_PLACEMENTS, alliance, period, filters);
  }

  public Measure rehabAdmissions(UUID alliance, Period period, Filters filters) {
    return count(PathwayDefinitions.REHAB_ADMISSIONS, alliance, period, filters);
  }

  public Measure residentialEntrances(UUID alliance, Period period, Filters filters) {
    return count(PathwayDefinitions.RESIDENTIAL_ENTRANCES, alliance, period, filters);
  }

  public Measure residentialDischarges(UUID alliance, Period period, Filters filters) {
    return count(PathwayDefinitions.RESIDENTIAL_DISCHARGES, alliance, period, filters);
  }

  public Measure movedOn(UUID alliance, Period period, Filters filters) {
    return count(PathwayDefinitions.MOVED_ON, alliance, period, filters);
  }

  public Measure overstaying(UUID alliance, Period period, Filters filters) {
    return count(PathwayDefinitions.OVERSTAYING, alliance, period, filters);
  }

  /** The people on the caseload on the day (see {@link org.bridgeway.figures.FigureId#CASELOAD}). */
  public Set<UUID> caseload(UUID alliance, LocalDate day, Filters filters) {
    PathwayDefinitions d = PathwayDefinitions.CASELOAD;
    return new HashSet<>(bind(jdbc.sql("select " + d.person() + " " + d.from()), alliance, new Period(day, day),
        filters).query(UUID.class).list());
  }

  /** Waits in days and their nearest-rank median and 90th percentile. */
  public record Waits(long count, BigDecimal median, BigDecimal ninetieth) {}

  /** Received to decision, over referrals decided in the period. */
  public Waits toDecision(UUID alliance, Period period, Filters filters) {
    return waits("r.decided_on - r.received_on", decisions(filters), alliance, period, filters);
  }

  /** Decision to first contact, over referrals first seen in the period. */
  public Waits toFirstContact(UUID alliance, Period period, Filters filters) {
    return waits("r.first_contact_on - r.decided_on", firstContacts(filters), alliance, period, filters);
  }

  static PathwayDefinitions decisions(Filters filters) {
    return PathwayDefinitions.waits("r.decided_on", filters.any());
  }

  static PathwayDefinitions firstContacts(Filters filters) {
    return PathwayDefinitions.waits("r.first_contact_on", filters.any());
  }

  private Waits waits(String days, PathwayDefinitions d, UUID alliance, Period period, Filters filters) {
    return bind(jdbc.sql("select count(*) as n,"
            + " percentile_disc(0.5) within group (order by " + days + ") as median,"
            + " percentile_disc(0.9) within group (order by " + days + ") as ninetieth " + d.from()),
        alliance, period, filters)
        .query((rs, n) -> new Waits(rs.getLong("n"), rs.getBigDecimal("median"), rs.getBigDecimal("ninetieth")))
        .single();
  }

  Measure count(PathwayDefinitions d, UUID alliance, Period period, Filters filters) {
    return Measure.count(total(d, alliance, period, filters));
  }

  long total(PathwayDefinitions d, UUID alliance, Period period, Filters filters) {
    Long n = bind(jdbc.sql("select " + d.counted() + " " + d.from()), alliance, period, filters)
        .query(Long.class).single();
    return n;
  }

  /** One page of the figure's rows, by the person's name, with the person's name and NHS number. */
  List<FigureRecord> rows(PathwayDefinitions d, UUID alliance, Period period, Filters filters, int page, int size) {
    int columns = d.headings().size();
    return bind(jdbc.sql("select " + PERSON_COLUMNS + ", r.* from (" + d.rows() + ") r"
            + " join person p on p.alliance_id = :alliance and p.id = r.person_id"
            + " order by p.family_name, p.given_name, p.id, r.c1 limit :limit offset :offset"),
        alliance, period, filters).param("limit", size).param("offset", (long) page * size)
        .query((rs, n) -> record(rs, columns)).list();
  }

  /**
   * One page of the people given, by name, each with the words given for them (if any) as its one column; the
   * people of figures owned by other modules.
   */
  public List<FigureRecord> people(UUID alliance, Collection<UUID> ids, Map<UUID, String> words, int page,
      int size) {
    return jdbc.sql("select " + PERSON_COLUMNS + " from person p where p.alliance_id = :alliance"
            + " and p.id = any(:ids) order by p.family_name, p.given_name, p.id limit :limit offset :offset")
        .param("alliance", alliance).param("ids", ids.toArray(UUID[]::new)).param("limit", size)
        .param("offset", (long) page * size)
        .query((rs, n) -> {
          FigureRecord r = record(rs, 0);
          return words.isEmpty() ? r : new FigureRecord(r.personId(), r.name(), r.nhsNumber(),
              List.of(words.getOrDefault(r.personId(), "")), true);
        }).list();
  }

  private static FigureRecord record(ResultSet rs, int columns) throws SQLException {
    String preferred = rs.getString("preferred_name");
    String name = (preferred == null ? rs.getString("given_name") : preferred) + " " + rs.getString("family_name");
    String nhs = rs.getString("nhs_number");
    List<String> cells = new ArrayList<>();
    for (int i = 1; i <= columns; i++) {
      String cell = rs.getString("c" + i);
      cells.add(cell == null ? "" : cell);
    }
    return new FigureRecord(rs.getObject("id", UUID.class), name, nhs == null ? "" : NhsNumber.display(nhs.trim()),
        cells, true);
  }

  static StatementSpec bind(StatementSpec spec, UUID alliance, Period period, Filters filters) {
    return spec.param("alliance", alliance).param("first", period.start()).param("last", period.end())
        .param("organisation", filters.organisationId()).param("service", filters.serviceId())
        .param("kind", filters.serviceKind() == null ? null : filters.serviceKind().name())
        .param("locality", filters.localityId()).param("careTeams", !filters.any() || filters.organisationOnly());
  }
}
