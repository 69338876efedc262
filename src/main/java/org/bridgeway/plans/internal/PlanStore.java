package org.bridgeway.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.Agreement;
import org.bridgeway.plans.PlanContent;
import org.bridgeway.plans.PlanDraft;
import org.bridgeway.plans.Progress;
import org.bridgeway.plans.ProgressEntry;
import org.bridgeway.plans.ReviewDue;
import org.bridgeway.plans.VersionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans in tables {@code support_plan_draft}, {@code support_plan_version} and {@code support_plan_progress}.
 * A plan's words are kept as JSON, whole, so every version reads back exactly as it was agreed. The list of
 * reviews joins the person table read-only for names.
 */
@Component
public class PlanStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  PlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static String json(PlanContent content) {
    return JSON.writeValueAsString(content);
  }

  public static PlanContent content(String json) {
    return JSON.readValue(json, PlanContent.class);
  }

  public Optional<PlanDraft> currentDraft(UUID alliance, UUID person) {
    return jdbc.sql("""
            select * from support_plan_draft where alliance_id = ? and person_id = ? and agreed_as is null""")
        .params(alliance, person).query(PlanStore::draft).optional();
  }

  public Optional<AgreedPlan> latest(UUID alliance, UUID person) {
    return jdbc.sql("""
            select * from support_plan_version where alliance_id = ? and person_id = ?
            order by number desc limit 1""")
        .params(alliance, person).query(PlanStore::agreed).optional();
  }

  public Optional<AgreedPlan> version(UUID alliance, UUID person, int number) {
    return jdbc.sql("select * from support_plan_version where alliance_id = ? and person_id = ? and number = ?")
        .params(alliance, person, number).query(PlanStore::agreed).optional();
  }

  public List<VersionSummary> versions(UUID alliance, UUID person) {
    return jdbc.sql("""
            select number, agreed_at, worker_agreed_name, person_agreed_name, review_on from support_plan_version
            where alliance_id = ? and person_id = ? order by number desc""")
        .params(alliance, person)
        .query((rs, n) -> new VersionSummary(rs.getInt("number"), rs.getTimestamp("agreed_at").toInstant(),
            rs.getString("worker_agreed_name"), rs.getString("person_agreed_name"),
            rs.getObject("review_on", LocalDate.class)))
        .list();
  }

  /** Starts a draft; false if the person has a current draft already. */
  public boolean insertDraft(UUID alliance, UUID id, UUID person, PlanContent content, @Nullable Integer startedFrom,
      String by, String byName) {
    return jdbc.sql("""
            insert into support_plan_draft (alliance_id, id, person_id, content, started_from, version, changed_by,
                                            changed_name)
            values (?, ?, ?, cast(? as jsonb), ?, 1, ?, ?)
            on conflict (alliance_id, person_id) where agreed_as is null do nothing""")
        .params(alliance, id, person, json(content), startedFrom, by, byName).update() == 1;
  }

  /** Replaces the draft's words and clears its agreements, if it is still at the version given; false if not. */
  public boolean updateDraft(UUID alliance, UUID id, int version, PlanContent content, String by, String byName) {
    return jdbc.sql("""
            update support_plan_draft set content = cast(? as jsonb), version = version + 1, changed_by = ?,
              changed_name = ?, changed_at = now(), worker_agreed_by = null, worker_agreed_name = null,
              worker_agreed_at = null, person_agreed_by = null, person_agreed_name = null, person_agreed_at = null
            where alliance_id = ? and id = ? and version = ? and agreed_as is null""")
        .params(json(content), by, byName, alliance, id, version).update() == 1;
  }

  /** Records the worker's or the person's agreement to the draft at the version given; false if it moved on. */
  public boolean agree(UUID alliance, UUID id, int version, boolean asPerson, String by, String byName) {
    String who = asPerson ? "person" : "worker";
    return jdbc.sql("update support_plan_draft set " + who + "_agreed_by = ?, " + who + "_agreed_name = ?, "
            + who + "_agreed_at = now() where alliance_id = ? and id = ? and version = ? and agreed_as is null")
        .params(by, byName, alliance, id, version).update() == 1;
  }

  /** Makes the draft, agreed by both, the next agreed version; returns its number. */
  public int makeVersion(UUID alliance, PlanDraft draft) {
    int number = jdbc.sql("""
            select coalesce(max(number), 0) + 1 from support_plan_version where alliance_id = ? and person_id = ?""")
        .params(alliance, draft.personId()).query(Integer.class).single();
    Agreement worker = draft.workerAgreement();
    Agreement person = draft.personAgreement();
    jdbc.sql("""
            insert into support_plan_version (alliance_id, person_id, number, content, review_on, drafted_by,
              drafted_name, worker_agreed_by, worker_agreed_name, worker_agreed_at, person_agreed_by,
              person_agreed_name, person_agreed_at)
            select alliance_id, person_id, ?, content, ?, changed_by, changed_name, worker_agreed_by,
              worker_agreed_name, worker_agreed_at, person_agreed_by, person_agreed_name, person_agreed_at
            from support_plan_draft where alliance_id = ? and id = ?""")
        .params(number, draft.content().reviewOn(), alliance, draft.id()).update();
    jdbc.sql("update support_plan_draft set agreed_as = ? where alliance_id = ? and id = ?")
        .params(number, alliance, draft.id()).update();
    return number;
  }

  public void insertProgress(UUID alliance, UUID id, UUID person, UUID goal, LocalDate on, Progress progress,
      @Nullable String note, boolean byPerson, String by, String byName) {
    jdbc.sql("""
            insert into support_plan_progress (alliance_id, id, person_id, goal_id, recorded_on, progress, note,
              by_person, recorded_by, recorded_name)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, goal, on, progress.name(), note, byPerson, by, byName).update();
  }

  /** Every progress entry on the person's goals, by goal, oldest first. */
  public Map<UUID, List<ProgressEntry>> progress(UUID alliance, UUID person) {
    Map<UUID, List<ProgressEntry>> byGoal = new LinkedHashMap<>();
    jdbc.sql("""
            select * from support_plan_progress where alliance_id = ? and person_id = ?
            order by recorded_on, recorded_at, id""")
        .params(alliance, person)
        .query((rs, n) -> new ProgressEntry(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class),
            rs.getObject("recorded_on", LocalDate.class), Progress.valueOf(rs.getString("progress")),
            rs.getString("note"), rs.getBoolean("by_person"), rs.getString("recorded_name"),
            rs.getTimestamp("recorded_at").toInstant()))
        .list().forEach(e -> byGoal.computeIfAbsent(e.goalId(), g -> new java.util.ArrayList<>()).add(e));
    return byGoal;
  }

  /**
   * People whose latest agreed plan is due for review on or before the day given, soonest first, at most
   * {@code limit} of them, in one query; the caller keeps those the user may open.
   */
  public List<ReviewDue> reviewsDue(UUID alliance, LocalDate dueBy, LocalDate today, int limit) {
    return jdbc.sql("""
            select v.person_id, v.number, v.review_on,
              coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as name
            from support_plan_version v
            join person p on p.alliance_id = v.alliance_id and p.id = v.person_id
            where v.alliance_id = ? and v.review_on <= ?
              and v.number = (select max(w.number) from support_plan_version w
                              where w.alliance_id = v.alliance_id and w.person_id = v.person_id)
            order by v.review_on, name, v.person_id limit ?""")
        .params(alliance, dueBy, limit)
        .query((rs, n) -> new ReviewDue(rs.getObject("person_id", UUID.class), rs.getString("name"),
            rs.getInt("number"), rs.getObject("review_on", LocalDate.class),
            rs.getObject("review_on", LocalDate.class).isBefore(today)))
        .list();
  }

  private static PlanDraft draft(ResultSet rs, int n) throws SQLException {
    return new PlanDraft(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        content(rs.getString("content")), rs.getObject("started_from", Integer.class), rs.getInt("version"),
        rs.getString("changed_name"), rs.getTimestamp("changed_at").toInstant(), agreement(rs, "worker"),
        agreement(rs, "person"));
  }

  private static AgreedPlan agreed(ResultSet rs, int n) throws SQLException {
    return new AgreedPlan(rs.getObject("person_id", UUID.class), rs.getInt("number"),
        content(rs.getString("content")), rs.getString("drafted_name"),
        java.util.Objects.requireNonNull(agreement(rs, "worker")),
        java.util.Objects.requireNonNull(agreement(rs, "person")), rs.getTimestamp("agreed_at").toInstant());
  }

  private static @Nullable Agreement agreement(ResultSet rs, String who) throws SQLException {
    Timestamp at = rs.getTimestamp(who + "_agreed_at");
    return at == null ? null
        : new Agreement(rs.getString(who + "_agreed_by"), rs.getString(who + "_agreed_name"), at.toInstant());
  }

  /** The people with a version of their plan agreed on a day of the period, in UK time, both ends included. */
  public Set<UUID> agreedBetween(UUID alliance, LocalDate from, LocalDate to) {
    return new HashSet<>(jdbc.sql("""
        select distinct person_id from support_plan_version
        where alliance_id = :alliance
          and cast(agreed_at at time zone 'Europe/London' as date) between :from and :to""")
        .param("alliance", alliance).param("from", from).param("to", to).query(UUID.class).list());
  }
}
