package org.bridgeway.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.workforce.PanelFigure;
import org.bridgeway.workforce.PanelMember;
import org.bridgeway.workforce.RecruitmentPanel;
import org.bridgeway.workforce.RecruitmentPost;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posts, recruitment panels and their members. */
@Repository
public class RecruitmentStore {

  private static final String POST = """
      select p.id, p.title, p.organisation_id, o.name, p.service_id, s.name, p.team_id, t.name
      from recruitment_post p
      join organisation o on o.alliance_id = p.alliance_id and o.id = p.organisation_id
      left join service s on s.alliance_id = p.alliance_id and s.id = p.service_id
      left join team t on t.alliance_id = p.alliance_id and t.id = p.team_id
      """;

  private static final String PANEL = """
      select r.id, r.interview_date, r.questions_by_service_users, r.version,
             p.id, p.title, p.organisation_id, o.name, p.service_id, s.name, p.team_id, t.name
      from recruitment_panel r
      join recruitment_post p on p.alliance_id = r.alliance_id and p.id = r.post_id
      join organisation o on o.alliance_id = p.alliance_id and o.id = p.organisation_id
      left join service s on s.alliance_id = p.alliance_id and s.id = p.service_id
      left join team t on t.alliance_id = p.alliance_id and t.id = p.team_id
      """;

  private final JdbcClient jdbc;

  RecruitmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertPost(UUID alliance, UUID id, String title, UUID organisation, @Nullable UUID service,
      @Nullable UUID team, String by) {
    jdbc.sql("""
        insert into recruitment_post (alliance_id, id, title, organisation_id, service_id, team_id, recorded_by)
        values (:alliance, :id, :title, :organisation, :service, :team, :by)""")
        .param("alliance", alliance).param("id", id).param("title", title).param("organisation", organisation)
        .param("service", service).param("team", team).param("by", by).update();
  }

  public List<RecruitmentPost> posts(UUID alliance) {
    return jdbc.sql(POST + " where p.alliance_id = :alliance order by p.title, o.name")
        .param("alliance", alliance).query((rs, n) -> post(rs, 1)).list();
  }

  public Optional<RecruitmentPost> post(UUID alliance, UUID id) {
    return jdbc.sql(POST + " where p.alliance_id = :alliance and p.id = :id")
        .param("alliance", alliance).param("id", id).query((rs, n) -> post(rs, 1)).optional();
  }

  public void insertPanel(UUID alliance, UUID id, UUID post, LocalDate day, boolean questions, String by) {
    jdbc.sql("""
        insert into recruitment_panel (alliance_id, id, post_id, interview_date, questions_by_service_users, recorded_by)
        values (:alliance, :id, :post, :day, :questions, :by)""")
        .param("alliance", alliance).param("id", id).param("post", post).param("day", day)
        .param("questions", questions).param("by", by).update();
  }

  public boolean setQuestions(UUID alliance, UUID id, boolean questions, int version) {
    return jdbc.sql("""
        update recruitment_panel set questions_by_service_users = :questions, version = version + 1
        where alliance_id = :alliance and id = :id and version = :version""")
        .param("alliance", alliance).param("id", id).param("questions", questions).param("version", version)
        .update() == 1;
  }

  public void insertMember(UUID alliance, UUID id, UUID panel, @Nullable UUID staff, @Nullable UUID person,
      String name, boolean usesServices, boolean chair, String by) {
    jdbc.sql("""
        insert into recruitment_panel_member (alliance_id, id, panel_id, staff_id, person_id, name, uses_services,
                                              chair, recorded_by)
        values (:alliance, :id, :panel, :staff, :person, :name, :uses, :chair, :by)""")
        .param("alliance", alliance).param("id", id).param("panel", panel).param("staff", staff)
        .param("person", person).param("name", name).param("uses", usesServices).param("chair", chair)
        .param("by", by).update();
  }

  /** Panels with interview dates from one day to another (both included), latest first. */
  public List<RecruitmentPanel> panels(UUID alliance, LocalDate from, LocalDate to) {
    List<RecruitmentPanel> bare = jdbc.sql(PANEL + """
         where r.alliance_id = :alliance and r.interview_date between :from and :to
         order by r.interview_date desc, p.title""")
        .param("alliance", alliance).param("from", from).param("to", to).query(RecruitmentStore::panel).list();
    Map<UUID, List<PanelMember>> members = new HashMap<>();
    jdbc.sql("""
        select m.panel_id, m.id, m.staff_id, m.person_id, m.name, m.uses_services, m.chair
        from recruitment_panel_member m join recruitment_panel r on r.alliance_id = m.alliance_id and r.id = m.panel_id
        where m.alliance_id = :alliance and r.interview_date between :from and :to
        order by m.chair desc, m.name""")
        .param("alliance", alliance).param("from", from).param("to", to)
        .query((rs, n) -> members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(member(rs)))
        .list();
    return bare.stream().map(p -> new RecruitmentPanel(p.id(), p.post(), p.interviewDate(),
        p.questionsByServiceUsers(), p.version(), List.copyOf(members.getOrDefault(p.id(), List.of())))).toList();
  }

  public Optional<RecruitmentPanel> panel(UUID alliance, UUID id) {
    return jdbc.sql(PANEL + " where r.alliance_id = :alliance and r.id = :id")
        .param("alliance", alliance).param("id", id).query(RecruitmentStore::panel).optional()
        .map(p -> new RecruitmentPanel(p.id(), p.post(), p.interviewDate(), p.questionsByServiceUsers(), p.version(),
            jdbc.sql("""
                select panel_id, id, staff_id, person_id, name, uses_services, chair from recruitment_panel_member
                where alliance_id = :alliance and panel_id = :id order by chair desc, name""")
                .param("alliance", alliance).param("id", id).query((rs, n) -> member(rs)).list()));
  }

  /** The panels a person linked to their record sat on. */
  public List<RecruitmentPanel> ofPerson(UUID alliance, UUID person) {
    List<UUID> ids = jdbc.sql("""
        select distinct panel_id from recruitment_panel_member where alliance_id = :alliance and person_id = :person""")
        .param("alliance", alliance).param("person", person).query(UUID.class).list();
    return ids.stream().map(id -> panel(alliance, id).orElseThrow()).toList();
  }

  public PanelFigure figure(UUID alliance, LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select count(*),
               count(*) filter (where exists (select 1 from recruitment_panel_member m
                                              where m.alliance_id = r.alliance_id and m.panel_id = r.id
                                                and m.uses_services)),
               count(*) filter (where exists (select 1 from recruitment_panel_member m
                                              where m.alliance_id = r.alliance_id and m.panel_id = r.id
                                                and m.uses_services and m.chair)),
               count(*) filter (where r.questions_by_service_users)
        from recruitment_panel r
        where r.alliance_id = :alliance and r.interview_date between :from and :to""")
        .param("alliance", alliance).param("from", from).param("to", to)
        .query((rs, n) -> new PanelFigure(from, to, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
        .single();
  }

  private static RecruitmentPost post(ResultSet rs, int at) throws SQLException {
    return new RecruitmentPost(rs.getObject(at, UUID.class), rs.getString(at + 1), rs.getObject(at + 2, UUID.class),
        rs.getString(at + 3), rs.getObject(at + 4, UUID.class), rs.getString(at + 5), rs.getObject(at + 6, UUID.class),
        rs.getString(at + 7));
  }

  private static RecruitmentPanel panel(ResultSet rs, int n) throws SQLException {
    return new RecruitmentPanel(rs.getObject(1, UUID.class), post(rs, 5), rs.getObject(2, LocalDate.class),
        rs.getBoolean(3), rs.getInt(4), List.of());
  }

  private static PanelMember member(ResultSet rs) throws SQLException {
    return new PanelMember(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7));
  }
}
