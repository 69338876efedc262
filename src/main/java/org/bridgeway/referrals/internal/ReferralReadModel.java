package org.bridgeway.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.Role;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.ReferralSummary;
import org.bridgeway.referrals.ReferralVisibility;
import org.bridgeway.referrals.ReferralVisibility.Viewer;
import org.bridgeway.referrals.TimelineEntry;
import org.bridgeway.referrals.Urgency;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL read models of referrals: the lists (most urgent first, then longest waiting), the referrals a
 * worker made, a referral's timeline, and its duplicates (see {@link #duplicate}).
 */
@Repository
public class ReferralReadModel {

  /** The statuses of a referral still open: not yet decided. */
  public static final List<String> OPEN = Arrays.stream(ReferralStatus.values()).filter(s -> !s.decided())
      .map(Enum::name).toList();

  static final String DUPLICATE_OF_R = "exists (select 1 from referral o where " + duplicate("r", "o") + ")";

  private static final String SUMMARY = """
      select r.id, r.person_id, coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as person_name,
        r.source, r.referrer_name, r.referred_by, r.received_on, r.urgency, r.status, r.status_reason,
        r.panel_to_decide, r.decided_on, r.first_contact_on,
        array_to_string(array(select s.name from referral_request q join service s
            on s.alliance_id = q.alliance_id and s.id = q.service_id
          where q.alliance_id = r.alliance_id and q.referral_id = r.id order by s.name), ', ') as services,
        """ + DUPLICATE_OF_R + """
       as duplicate,
        e.occurred_at, e.actor, e.kind, e.from_status, e.to_status, e.detail
      from referral r join person p on p.alliance_id = r.alliance_id and p.id = r.person_id
      left join lateral (select * from referral_event e where e.alliance_id = r.alliance_id
          and e.referral_id = r.id order by e.id desc limit 1) e on true
      """;

  private static final String URGENT_FIRST =
      " order by case r.urgency when 'URGENT' then 1 when 'SOON' then 2 else 3 end, r.received_on, r.id";

  private final JdbcClient jdbc;

  ReferralReadModel(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The referrals in the given statuses that the viewer may see, most urgent first, then longest waiting. */
  public Paged<ReferralSummary> page(UUID alliance, Viewer viewer, List<ReferralStatus> statuses, int page,
      int size) {
    String where = " where r.alliance_id = :alliance and r.status in (:statuses) and " + ReferralVisibility.SQL;
    List<String> names = statuses.stream().map(Enum::name).toList();
    long total = visible(jdbc.sql("select count(*) from referral r" + where), alliance, viewer)
        .param("statuses", names).query(Long.class).single();
    List<ReferralSummary> items = visible(jdbc.sql(SUMMARY + where + URGENT_FIRST + " limit :size offset :offset"),
        alliance, viewer).param("statuses", names).param("open", OPEN).param("size", size)
        .param("offset", (long) page * size).query((rs, n) -> summary(rs)).list();
    return new Paged<>(items, page, size, total);
  }

  /** Every referral the worker made, newest first, whatever its state and whoever received it. */
  public Paged<ReferralSummary> referredBy(UUID alliance, String username, int page, int size) {
    String where = " where r.alliance_id = :alliance and r.referred_by = :username";
    long total = jdbc.sql("select count(*) from referral r" + where).param("alliance", alliance)
        .param("username", username).query(Long.class).single();
    List<ReferralSummary> items = jdbc.sql(SUMMARY + where
            + " order by r.received_on desc, r.created_at desc, r.id limit :size offset :offset")
        .param("alliance", alliance).param("username", username).param("open", OPEN).param("size", size)
        .param("offset", (long) page * size).query((rs, n) -> summary(rs)).list();
    return new Paged<>(items, page, size, total);
  }

  /** Every referral about the person, newest first. */
  public List<ReferralSummary> aboutPerson(UUID alliance, UUID person) {
    return jdbc.sql(SUMMARY + " where r.alliance_id = :alliance and r.person_id = :person"
            + " order by r.received_on desc, r.created_at desc, r.id")
        .param("alliance", alliance).param("person", person).param("open", OPEN)
        .query((rs, n) -> summary(rs)).list();
  }

  public List<TimelineEntry> timeline(UUID alliance, UUID referral) {
    return jdbc.sql("select * from referral_event e where alliance_id = ? and referral_id = ? order by id")
        .params(alliance, referral).query((rs, n) -> entry(rs)).list();
  }

  /** The organisations running a service the referral asks for, or was allocated to or waiting-listed for. */
  public Set<UUID> receivingOrganisations(UUID alliance, UUID referral) {
    return new HashSet<>(jdbc.sql("""
            select s.organisation_id from service s where s.alliance_id = :alliance and s.id in (
              select service_id from referral_request where alliance_id = :alliance and referral_id = :referral
              union select service_id from allocation where alliance_id = :alliance and referral_id = :referral)""")
        .param("alliance", alliance).param("referral", referral).query(UUID.class).list());
  }

  /** The other open referrals that duplicate this one, those the viewer may see. */
  public List<ReferralSummary> duplicates(UUID alliance, UUID referral, Viewer viewer) {
    String where = " where r.alliance_id = :alliance and exists (select 1 from referral t where t.alliance_id = "
        + ":alliance and t.id = :referral and " + duplicate("t", "r") + ") and " + ReferralVisibility.SQL;
    return visible(jdbc.sql(SUMMARY + where + URGENT_FIRST), alliance, viewer).param("referral", referral)
        .param("open", OPEN).query((rs, n) -> summary(rs)).list();
  }

  /** How many other open referrals duplicate this one, whoever may see them. */
  public long duplicateCount(UUID alliance, UUID referral) {
    return jdbc.sql("select count(*) from referral r where r.alliance_id = :alliance and exists (select 1 from "
            + "referral t where t.alliance_id = :alliance and t.id = :referral and " + duplicate("t", "r") + ")")
        .param("alliance", alliance).param("referral", referral).param("open", OPEN).query(Long.class).single();
  }

  /**
   * The duplicate rule between referrals {@code a} and {@code b} of the same alliance: both open, the same
   * person, and one of the same services asked for, or both for the panel to decide.
   */
  static String duplicate(String a, String b) {
    return (a + ".person_id = " + b + ".person_id and " + a + ".id <> " + b + ".id and " + a + ".status in (:open)"
        + " and " + b + ".status in (:open) and ((" + a + ".panel_to_decide and " + b + ".panel_to_decide)"
        + " or exists (select 1 from referral_request qa join referral_request qb on qb.alliance_id = qa.alliance_id"
        + " and qb.service_id = qa.service_id where qa.alliance_id = " + a + ".alliance_id and qa.referral_id = "
        + a + ".id and qb.referral_id = " + b + ".id))");
  }

  static JdbcClient.StatementSpec visible(JdbcClient.StatementSpec sql, UUID alliance, Viewer viewer) {
    return sql.param("alliance", alliance).param("admin", viewer.role() == Role.ADMIN)
        .param("username", viewer.username()).param("organisation", organisation(viewer))
        .param("panel", viewer.role() == Role.PANEL_MEMBER);
  }

  static UUID organisation(Viewer viewer) {
    return viewer.organisationId() == null ? ReferralVisibility.NO_ORGANISATION : viewer.organisationId();
  }

  static ReferralSummary summary(ResultSet rs) throws SQLException {
    return new ReferralSummary(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getString("person_name"), ReferralSource.valueOf(rs.getString("source")), rs.getString("referrer_name"),
        rs.getString("referred_by"), rs.getObject("received_on", LocalDate.class),
        Urgency.valueOf(rs.getString("urgency")), ReferralStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"), rs.getBoolean("panel_to_decide"), rs.getString("services"),
        rs.getObject("decided_on", LocalDate.class), rs.getObject("first_contact_on", LocalDate.class),
        rs.getBoolean("duplicate"), rs.getString("kind") == null ? null : entry(rs));
  }

  static TimelineEntry entry(ResultSet rs) throws SQLException {
    return new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
        rs.getString("kind"), status(rs.getString("from_status")), status(rs.getString("to_status")),
        rs.getString("detail"));
  }

  private static @Nullable ReferralStatus status(@Nullable String name) {
    return name == null ? null : ReferralStatus.valueOf(name);
  }
}
