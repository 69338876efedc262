package org.bridgeway.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.alliance.Teams;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.internal.RecruitmentStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment: the posts the partners recruit to, each interview panel (a post and a day) and who sat on it, and
 * the figure "recruitment panels with people who use services" ({@link PanelFigure}). A member who is a person
 * linked to their record is added only by someone who may open that record, and audited against them.
 */
@Service
public class Recruitment {

  private final RecruitmentStore store;
  private final Organisations organisations;
  private final Services services;
  private final Teams teams;
  private final Staff staff;
  private final People people;
  private final AuditTrail audit;

  Recruitment(RecruitmentStore store, Organisations organisations, Services services, Teams teams, Staff staff,
      People people, AuditTrail audit) {
    this.store = store;
    this.organisations = organisations;
    this.services = services;
    this.teams = teams;
    this.staff = staff;
    this.people = people;
    this.audit = audit;
  }

  public List<RecruitmentPost> posts(UUID alliance) {
    return store.posts(alliance);
  }

  @Transactional
  public UUID addPost(CurrentUser user, NewPost post) {
    UUID alliance = user.alliance();
    List<FieldProblem> problems = new ArrayList<>();
    if (post.title() == null || post.title().isBlank()) {
      problems.add(new FieldProblem("title", "Enter the post's title, like Recovery worker"));
    }
    if (!organisations.exists(alliance, post.organisationId())) {
      problems.add(new FieldProblem("organisationId", "Choose the organisation employing"));
    }
    if (post.serviceId() != null && services.all(alliance).stream().noneMatch(s -> s.id().equals(post.serviceId()))) {
      problems.add(new FieldProblem("serviceId", "Choose a service from the list"));
    }
    if (post.teamId() != null && teams.all(alliance).stream().noneMatch(t -> t.id().equals(post.teamId()))) {
      problems.add(new FieldProblem("teamId", "Choose a team from the list"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID id = UUID.randomUUID();
    store.insertPost(alliance, id, post.title().trim(), post.organisationId(), post.serviceId(), post.teamId(),
        user.username());
    audit.record(user, alliance, AuditAction.CREATE, "Recruitment post", id, null, post.title().trim());
    return id;
  }

  public RecruitmentPost post(UUID alliance, UUID id) {
    return store.post(alliance, id).orElseThrow(() -> new RecordNotFound("Post"));
  }

  @Transactional
  public UUID addPanel(CurrentUser user, UUID postId, @org.jspecify.annotations.Nullable LocalDate interviewDate,
      boolean questionsByServiceUsers) {
    RecruitmentPost post = post(user.alliance(), postId);
    if (interviewDate == null) {
      throw new InvalidInput(List.of(new FieldProblem("interview", "Enter a real date, like 2 3 2026")));
    }
    UUID id = UUID.randomUUID();
    store.insertPanel(user.alliance(), id, postId, interviewDate, questionsByServiceUsers, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Recruitment panel", id, null,
        post.title() + " on " + interviewDate);
    return id;
  }

  public RecruitmentPanel panel(UUID alliance, UUID id) {
    return store.panel(alliance, id).orElseThrow(() -> new RecordNotFound("Panel"));
  }

  public List<RecruitmentPanel> panels(UUID alliance, LocalDate from, LocalDate to) {
    return store.panels(alliance, from, to);
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID addMember(CurrentUser user, UUID panelId, NewPanelMember member) {
    UUID alliance = user.alliance();
    RecruitmentPanel panel = panel(alliance, panelId);
    String name = member.name() == null ? "" : member.name().trim();
    boolean usesServices = member.usesServices();
    if (member.staffId() != null) {
      StaffMember worker;
      try {
        worker = staff.get(alliance, member.staffId());
      } catch (RecordNotFound e) {
        throw new Refused("staffId", "Choose a member of staff from the list");
      }
      name = worker.fullName();
    } else if (member.personId() != null) {
      people.requireAccess(user, member.personId());
      name = people.identify(user, member.personId()).displayName();
      usesServices = true;
    } else if (name.isEmpty()) {
      throw new Refused("name", "Choose a member of staff, or enter the name of the panel member");
    }
    if (member.chair() && panel.members().stream().anyMatch(PanelMember::chair)) {
      throw new Refused("chair", "The panel already has a chair");
    }
    UUID id = UUID.randomUUID();
    store.insertMember(alliance, id, panelId, member.staffId(), member.personId(), name, usesServices,
        member.chair(), user.username());
    audit.record(user, alliance, AuditAction.CREATE, "Recruitment panel", panelId, member.personId(),
        name + (member.chair() ? " chairs" : " sits on") + " the panel for " + panel.post().title());
    return id;
  }

  @Transactional
  public void setQuestions(CurrentUser user, UUID panelId, boolean questionsByServiceUsers, int version) {
    panel(user.alliance(), panelId);
    if (!store.setQuestions(user.alliance(), panelId, questionsByServiceUsers, version)) {
      throw new EditConflict("panel");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Recruitment panel", panelId, null,
        questionsByServiceUsers ? "Questions written by people who use services" : "Questions not written by them");
  }

  /** Recruitment panels with people who use services, for the period from one day to another (both included). */
  @Transactional(readOnly = true)
  public PanelFigure figure(UUID alliance, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new Refused("to", "The last day cannot be before the first");
    }
    return store.figure(alliance, from, to);
  }

  /** The panels the person sat on as someone linked to their record. */
  @Transactional(readOnly = true)
  public List<RecruitmentPanel> ofPerson(UUID alliance, UUID personId) {
    return store.ofPerson(alliance, personId);
  }
}
