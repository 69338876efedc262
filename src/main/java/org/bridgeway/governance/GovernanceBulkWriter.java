package org.bridgeway.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.shared.CopyRows;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes many past forum meetings and initiatives at once with PostgreSQL's COPY, for generators and imports.
 * Each is checked by the same rules as the forms; the first broken one stops the write and the caller's
 * transaction saves nothing. Unlike the services, it writes no audit entry per row.
 */
@Component
public class GovernanceBulkWriter {

  private final DataSource dataSource;

  GovernanceBulkWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A past meeting with who came (each with a name, staff too) and the issues raised. */
  public record PastMeeting(UUID id, MeetingDetails details, List<NewAttendee> attendees, List<PastIssue> issues) {}

  /** An issue with its actions. */
  public record PastIssue(UUID id, NewIssue issue, List<PastAction> actions) {}

  /** An action, closed on a day with what we did, or open. */
  public record PastAction(UUID id, ActionDetails details, @Nullable Closing closing) {}

  /** An initiative with its milestones and outcome measures. */
  public record PastInitiative(UUID id, InitiativeDetails details, List<NewMilestone> milestones,
      List<NewMeasure> measures) {}

  public void write(UUID alliance, List<PastMeeting> meetings, List<PastInitiative> initiatives, LocalDate today,
      String by) {
    CopyRows meetingRows = new CopyRows();
    CopyRows attendeeRows = new CopyRows();
    CopyRows issueRows = new CopyRows();
    CopyRows actionRows = new CopyRows();
    for (PastMeeting m : meetings) {
      MeetingDetails d = checked(m.details().problems(today), m.details());
      meetingRows.row(alliance, m.id(), d.heldOn(), d.place().trim(), d.chair().trim(), Words.tidy(d.notes()), by);
      for (NewAttendee a : m.attendees()) {
        checked(a.problems(), a);
        if (Words.blank(a.name())) {
          throw new InvalidInput(List.of(new FieldProblem("name", "Every attendee needs a name: " + a)));
        }
        attendeeRows.row(alliance, UUID.randomUUID(), m.id(), a.kind().name(), a.personId(), a.staffId(),
            a.name().trim(), by);
      }
      for (PastIssue i : m.issues()) {
        checked(i.issue().problems(), i);
        issueRows.row(alliance, i.id(), m.id(), i.issue().text().trim(), Words.tidy(i.issue().raisedBy()), by);
        for (PastAction a : i.actions()) {
          checked(a.details().problems(), a);
          Closing c = a.closing();
          if (c != null) {
            checked(c.problems(d.heldOn(), today), c);
          }
          actionRows.row(alliance, a.id(), i.id(), a.details().what().trim(), a.details().ownerId(),
              a.details().dueOn(), c == null ? null : c.closedOn(), c == null ? null : c.whatWeDid().trim(), by);
        }
      }
    }
    CopyRows initiativeRows = new CopyRows();
    CopyRows milestoneRows = new CopyRows();
    CopyRows measureRows = new CopyRows();
    for (PastInitiative p : initiatives) {
      InitiativeDetails d = checked(p.details().problems(), p.details());
      initiativeRows.row(alliance, p.id(), d.title().trim(), d.aims().trim(), d.localityId(), Words.tidy(d.area()),
          d.status().name(), d.involvement().contains(Involvement.FROM_START),
          d.involvement().contains(Involvement.DURING), d.involvement().contains(Involvement.IN_EVALUATION),
          d.evaluation() == null ? null : d.evaluation().name(), Words.tidy(d.outcomes()), by);
      for (NewMilestone m : p.milestones()) {
        checked(m.problems(), m);
        milestoneRows.row(alliance, UUID.randomUUID(), p.id(), m.year(), m.text().trim(), m.done(), by);
      }
      for (NewMeasure m : p.measures()) {
        checked(m.problems(), m);
        measureRows.row(alliance, UUID.randomUUID(), p.id(), m.name().trim(), m.value(), Words.tidy(m.unit()), by);
      }
    }
    meetingRows.copy(dataSource, "copy forum_meeting (alliance_id, id, held_on, place, chair, notes, recorded_by) "
        + "from stdin");
    attendeeRows.copy(dataSource, "copy forum_attendee (alliance_id, id, meeting_id, kind, person_id, staff_id, name,"
        + " recorded_by) from stdin");
    issueRows.copy(dataSource, "copy forum_issue (alliance_id, id, meeting_id, text, raised_by, recorded_by) "
        + "from stdin");
    actionRows.copy(dataSource, "copy forum_action (alliance_id, id, issue_id, what, owner_id, due_on, closed_on, "
        + "what_we_did, recorded_by) from stdin");
    initiativeRows.copy(dataSource, "copy initiative (alliance_id, id, title, aims, locality_id, area, status, "
        + "involved_from_start, involved_during, involved_in_evaluation, evaluation, outcomes, recorded_by) from stdin");
    milestoneRows.copy(dataSource, "copy initiative_milestone (alliance_id, id, initiative_id, year, text, done, "
        + "recorded_by) from stdin");
    measureRows.copy(dataSource, "copy initiative_measure (alliance_id, id, initiative_id, name, value, unit, "
        + "recorded_by) from stdin");
  }

  private static <T> T checked(List<FieldProblem> problems, T what) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(List.of(new FieldProblem(problems.get(0).field(), what + ": "
          + problems.get(0).message())));
    }
    return what;
  }
}
