package org.bridgeway.dayservices.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.dayservices.Attended;
import org.bridgeway.dayservices.DaySession;
import org.bridgeway.dayservices.NewSession;
import org.bridgeway.dayservices.Registration;
import org.bridgeway.dayservices.SessionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sessions, registrations, attendance and head counts in the {@code day_*} tables. Attendance is written entry by
 * entry with an upsert keyed by occurrence and person, never by replacing a whole register. Reads join the service
 * and person tables read-only for names.
 */
@Component
public class DayServiceStore {

  private static final String SESSION = """
      select d.*, s.name as service_name from day_session d
      join service s on s.alliance_id = d.alliance_id and s.id = d.service_id
      """;
  private static final String REGISTRATION = """
      select r.*, s.name as service_name,
             coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as person_name
      from day_registration r
      join service s on s.alliance_id = r.alliance_id and s.id = r.service_id
      join person p on p.alliance_id = r.alliance_id and p.id = r.person_id
      """;

  private final JdbcClient jdbc;

  DayServiceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertSession(UUID alliance, UUID id, NewSession s) {
    jdbc.sql("""
        insert into day_session (alliance_id, id, service_id, kind, title, place, facilitators, capacity, user_led,
          first_date, start_time, end_time, repeat_rule)
        values (:alliance, :id, :service, :kind, :title, :place, :facilitators, :capacity, :userLed, :first, :start,
          :end, :rule)""").param("alliance", alliance).param("id", id).param("service", s.serviceId())
        .param("kind", s.kind().name()).param("title", s.title().trim()).param("place", blankToNull(s.place()))
        .param("facilitators", blankToNull(s.facilitators())).param("capacity", s.capacity())
        .param("userLed", s.userLed()).param("first", s.firstDate()).param("start", s.startTime())
        .param("end", s.endTime()).param("rule", s.rule()).update();
  }

  public boolean updateSession(UUID alliance, UUID id, int version, NewSession s) {
    return jdbc.sql("""
        update day_session set kind = :kind, title = :title, place = :place, facilitators = :facilitators,
          capacity = :capacity, user_led = :userLed, first_date = :first, start_time = :start, end_time = :end,
          repeat_rule = :rule, version = version + 1
        where alliance_id = :alliance and id = :id and version = :version""")
        .param("alliance", alliance).param("id", id).param("version", version)
        .param("kind", s.kind().name()).param("title", s.title().trim()).param("place", blankToNull(s.place()))
        .param("facilitators", blankToNull(s.facilitators())).param("capacity", s.capacity())
        .param("userLed", s.userLed()).param("first", s.firstDate()).param("start", s.startTime())
        .param("end", s.endTime()).param("rule", s.rule()).update() == 1;
  }

  public Optional<DaySession> session(UUID alliance, UUID id) {
    return jdbc.sql(SESSION + " where d.alliance_id = :alliance and d.id = :id").param("alliance", alliance)
        .param("id", id).query(DayServiceStore::session).optional();
  }

  public List<DaySession> sessions(UUID alliance, UUID service) {
    return jdbc.sql(SESSION + " where d.alliance_id = :alliance and d.service_id = :service and d.cancelled_at is null"
        + " order by d.start_time, d.title").param("alliance", alliance).param("service", service)
        .query(DayServiceStore::session).list();
  }

  public Map<UUID, Long> sessionCounts(UUID alliance) {
    Map<UUID, Long> counts = new HashMap<>();
    jdbc.sql("select service_id, count(*) from day_session where alliance_id = :alliance and cancelled_at is null"
        + " group by service_id").param("alliance", alliance)
        .query(rs -> {
          counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
    return counts;
  }

  public void insertRegistration(UUID alliance, UUID id, UUID service, UUID person, LocalDate start, String by) {
    jdbc.sql("""
        insert into day_registration (alliance_id, id, service_id, person_id, start_date, recorded_by)
        values (:alliance, :id, :service, :person, :start, :by)""").param("alliance", alliance).param("id", id)
        .param("service", service).param("person", person).param("start", start).param("by", by).update();
  }

  public boolean endRegistration(UUID alliance, UUID id, LocalDate end, String reason) {
    return jdbc.sql("""
        update day_registration set end_date = :end, end_reason = :reason
        where alliance_id = :alliance and id = :id and end_date is null""").param("alliance", alliance)
        .param("id", id).param("end", end).param("reason", reason).update() == 1;
  }

  public Optional<Registration> registration(UUID alliance, UUID id) {
    return jdbc.sql(REGISTRATION + " where r.alliance_id = :alliance and r.id = :id").param("alliance", alliance)
        .param("id", id).query(DayServiceStore::registration).optional();
  }

  /** Registrations with the service covering the day, by name. */
  public List<Registration> registrationsOn(UUID alliance, UUID service, LocalDate day) {
    return jdbc.sql(REGISTRATION + """
         where r.alliance_id = :alliance and r.service_id = :service and r.start_date <= :day
           and (r.end_date is null or r.end_date > :day)
         order by p.family_name, p.given_name""").param("alliance", alliance).param("service", service)
        .param("day", day).query(DayServiceStore::registration).list();
  }

  public List<Registration> registrationsOf(UUID alliance, UUID person) {
    return jdbc.sql(REGISTRATION + " where r.alliance_id = :alliance and r.person_id = :person"
        + " order by r.end_date is not null, r.start_date desc").param("alliance", alliance).param("person", person)
        .query(DayServiceStore::registration).list();
  }

  /**
   * Whether the person has a registration covering the day with a service run by the organisation that employs
   * the member of staff.
   */
  public boolean registeredWithStaffOrganisation(UUID alliance, UUID staff, UUID person, LocalDate day) {
    return Boolean.TRUE.equals(jdbc.sql("""
        select exists (select 1 from day_registration r
          join service v on v.alliance_id = r.alliance_id and v.id = r.service_id
          join staff s on s.alliance_id = r.alliance_id and s.id = :staff
          where r.alliance_id = :alliance and r.person_id = :person and r.start_date <= :day
            and (r.end_date is null or r.end_date > :day) and v.organisation_id = s.organisation_id)""")
        .param("alliance", alliance).param("staff", staff).param("person", person).param("day", day)
        .query(Boolean.class).single());
  }

  /** Adds or changes only the entries given; other people's entries for the occurrence stay as they are. */
  public void mark(UUID alliance, UUID session, LocalDate date, Map<UUID, Boolean> entries, String by) {
    for (Map.Entry<UUID, Boolean> entry : entries.entrySet()) {
      jdbc.sql("""
          insert into day_attendance (alliance_id, session_id, occurs_on, person_id, present, recorded_by)
          values (:alliance, :session, :date, :person, :present, :by)
          on conflict (alliance_id, session_id, occurs_on, person_id)
          do update set present = excluded.present, recorded_by = excluded.recorded_by, recorded_at = now()""")
          .param("alliance", alliance).param("session", session).param("date", date)
          .param("person", entry.getKey()).param("present", entry.getValue()).param("by", by).update();
    }
  }

  public Map<UUID, Boolean> marks(UUID alliance, UUID session, LocalDate date) {
    Map<UUID, Boolean> marks = new HashMap<>();
    jdbc.sql("select person_id, present from day_attendance where alliance_id = :alliance and session_id = :session"
        + " and occurs_on = :date").param("alliance", alliance).param("session", session).param("date", date)
        .query(rs -> {
          marks.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
        });
    return marks;
  }

  /** Names of people of the alliance, by id; people of other alliances, or none, are left out. */
  public Map<UUID, String> names(UUID alliance, Set<UUID> people) {
    Map<UUID, String> names = new HashMap<>();
    if (people.isEmpty()) {
      return names;
    }
    jdbc.sql("select id, coalesce(preferred_name, given_name) || ' ' || family_name from person"
        + " where alliance_id = :alliance and id in (:people)").param("alliance", alliance).param("people", people)
        .query(rs -> {
          names.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
    return names;
  }

  public void headCount(UUID alliance, UUID session, LocalDate date, int count, String by) {
    jdbc.sql("""
        insert into day_head_count (alliance_id, session_id, occurs_on, head_count, recorded_by)
        values (:alliance, :session, :date, :count, :by)
        on conflict (alliance_id, session_id, occurs_on)
        do update set head_count = excluded.head_count, recorded_by = excluded.recorded_by, recorded_at = now()""")
        .param("alliance", alliance).param("session", session).param("date", date).param("count", count)
        .param("by", by).update();
  }

  public @Nullable Integer headCount(UUID alliance, UUID session, LocalDate date) {
    return jdbc.sql("select head_count from day_head_count where alliance_id = :alliance and session_id = :session"
        + " and occurs_on = :date").param("alliance", alliance).param("session", session).param("date", date)
        .query(Integer.class).optional().orElse(null);
  }

  /** The person's marks, newest first. */
  public List<Attended> attendedBy(UUID alliance, UUID person, int limit) {
    return jdbc.sql("""
        select a.session_id, d.title, s.name, a.occurs_on, a.present from day_attendance a
        join day_session d on d.alliance_id = a.alliance_id and d.id = a.session_id
        join service s on s.alliance_id = d.alliance_id and s.id = d.service_id
        where a.alliance_id = :alliance and a.person_id = :person
        order by a.occurs_on desc, d.start_time desc limit :limit""").param("alliance", alliance)
        .param("person", person).param("limit", limit)
        .query((rs, n) -> new Attended(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getBoolean(5))).list();
  }

  // Figures

  /** People with a registration covering the day, at the service or (when none) at any service. */
  public Set<UUID> registeredOn(UUID alliance, LocalDate day, @Nullable UUID service) {
    String sql = "select distinct person_id from day_registration where alliance_id = :alliance"
        + " and start_date <= :day and (end_date is null or end_date > :day)"
        + (service == null ? "" : " and service_id = :service");
    return ids(withService(jdbc.sql(sql), alliance, service).param("day", day));
  }

  /**
   * People present at a session (of the service, or of any) in at least 4 of the eight 7-day blocks of the 56 days
   * ending on the day; block 0 ends on the day itself.
   */
  public Set<UUID> regularOn(UUID alliance, LocalDate day, @Nullable UUID service) {
    String sql = """
        select a.person_id from day_attendance a
        join day_session d on d.alliance_id = a.alliance_id and d.id = a.session_id
        where a.alliance_id = :alliance and a.present and a.occurs_on between :from and :day"""
        + (service == null ? "" : " and d.service_id = :service")
        + " group by a.person_id having count(distinct (cast(:day as date) - a.occurs_on) / 7) >= 4";
    return ids(withService(jdbc.sql(sql), alliance, service).param("day", day).param("from", day.minusDays(55)));
  }

  /** Each person's sessions attended (present) in the period, both ends included; head counts are no one. */
  public Map<UUID, Integer> attendedBetween(UUID alliance, LocalDate from, LocalDate to) {
    Map<UUID, Integer> found = new HashMap<>();
    jdbc.sql("""
        select a.person_id, count(*) from day_attendance a
        where a.alliance_id = :alliance and a.present and a.occurs_on between :from and :to
        group by a.person_id""").param("alliance", alliance).param("from", from).param("to", to)
        .query(rs -> {
          found.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
    return found;
  }

  /**
   * People with a registration overlapping the period, or present at a session in it, at two or more distinct
   * services; when a service is given, only those of them using that service.
   */
  public Set<UUID> usingSeveral(UUID alliance, LocalDate from, LocalDate to, @Nullable UUID service) {
    String sql = """
        with use as (
          select person_id, service_id from day_registration
          where alliance_id = :alliance and start_date <= :to and (end_date is null or end_date > :from)
          union
          select a.person_id, d.service_id from day_attendance a
          join day_session d on d.alliance_id = a.alliance_id and d.id = a.session_id
          where a.alliance_id = :alliance and a.present and a.occurs_on between :from and :to)
        select person_id from use group by person_id having count(distinct service_id) >= 2"""
        + (service == null ? "" : " and bool_or(service_id = :service)");
    return ids(withService(jdbc.sql(sql), alliance, service).param("from", from).param("to", to));
  }

  private static JdbcClient.StatementSpec withService(JdbcClient.StatementSpec sql, UUID alliance,
      @Nullable UUID service) {
    JdbcClient.StatementSpec spec = sql.param("alliance", alliance);
    return service == null ? spec : spec.param("service", service);
  }

  private static Set<UUID> ids(JdbcClient.StatementSpec spec) {
    return new HashSet<>(spec.query(UUID.class).list());
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static DaySession session(ResultSet rs, int row) throws SQLException {
    return new DaySession(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
        rs.getString("service_name"), SessionKind.valueOf(rs.getString("kind")), rs.getString("title"),
        rs.getString("place"), rs.getString("facilitators"), (Integer) rs.getObject("capacity"),
        rs.getBoolean("user_led"), rs.getObject("first_date", LocalDate.class),
        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
        rs.getString("repeat_rule"), rs.getInt("version"));
  }

  private static Registration registration(ResultSet rs, int row) throws SQLException {
    return new Registration(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
        rs.getString("service_name"), rs.getObject("person_id", UUID.class), rs.getString("person_name"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
        rs.getString("end_reason"));
  }
}
