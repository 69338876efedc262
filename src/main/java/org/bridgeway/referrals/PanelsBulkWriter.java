package org.bridgeway.referrals;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes panel meetings that have already been held, in batches: for demo data and imports. Each comes with
 * who was present, the decisions it made and the actions it agreed. The referrals decided must already be
 * written (see {@link ReferralsBulkWriter}) in the state the decision left them: nothing is checked here.
 */
@Component
public class PanelsBulkWriter {

  /** A meeting held on a day, with what happened at it. */
  public record PastPanel(UUID id, LocalDate meetsOn, LocalTime startsAt, String location, String chair,
      String createdBy, List<PastAttendee> attendees, List<PastDecision> decisions, List<PastAction> actions) {}

  public record PastAttendee(String name, @Nullable UUID organisationId, @Nullable UUID staffId) {}

  /** The panel's decision on a referral; {@code detail} says in words what was allocated, if anything. */
  public record PastDecision(UUID referralId, PanelOutcome outcome, String reasons, @Nullable String detail,
      String decidedBy) {}

  public record PastAction(@Nullable UUID referralId, String action, String owner, @Nullable LocalDate dueOn,
      @Nullable LocalDate doneOn, @Nullable String doneBy) {}

  private final JdbcTemplate jdbc;

  PanelsBulkWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void write(UUID alliance, List<PastPanel> panels) {
    List<Object[]> meetings = new ArrayList<>();
    List<Object[]> attendees = new ArrayList<>();
    List<Object[]> decisions = new ArrayList<>();
    List<Object[]> actions = new ArrayList<>();
    for (PastPanel p : panels) {
      meetings.add(new Object[] {alliance, p.id(), p.meetsOn(), p.startsAt(), p.location(), p.chair(),
          p.createdBy()});
      p.attendees().forEach(a -> attendees.add(new Object[] {alliance, p.id(), UUID.randomUUID(), a.name(),
          a.organisationId(), a.staffId()}));
      Timestamp decidedAt = Timestamp.valueOf(p.meetsOn().atTime(p.startsAt().plusHours(1)));
      p.decisions().forEach(d -> decisions.add(new Object[] {alliance, p.id(), d.referralId(), d.outcome().name(),
          d.reasons(), d.detail(), d.decidedBy(), decidedAt}));
      p.actions().forEach(a -> actions.add(new Object[] {alliance, p.id(), UUID.randomUUID(), a.referralId(),
          a.action(), a.owner(), a.dueOn(), a.doneOn(), a.doneBy()}));
    }
    jdbc.batchUpdate("""
        insert into panel_meeting (alliance_id, id, meets_on, starts_at, location, chair, created_by)
        values (?, ?, ?, ?, ?, ?, ?)""", meetings);
    jdbc.batchUpdate("""
        insert into panel_attendee (alliance_id, panel_id, id, name, organisation_id, staff_id)
        values (?, ?, ?, ?, ?, ?)""", attendees);
    jdbc.batchUpdate("""
        insert into panel_decision (alliance_id, panel_id, referral_id, outcome, reasons, detail, decided_by,
          decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", decisions);
    jdbc.batchUpdate("""
        insert into panel_action (alliance_id, panel_id, id, referral_id, action, owner, due_on, done_on, done_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", actions);
  }
}
