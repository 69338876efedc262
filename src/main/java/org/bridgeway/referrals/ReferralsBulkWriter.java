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
 * Writes referrals that already have a history, in batches: for demo data and imports. Each comes with its
 * timeline as it happened, its decision and first-contact dates, and for one allocated or on a waiting list, its
 * allocation row. Nothing is checked against the allowed moves: the caller brings a history that followed them.
 */
@Component
public class ReferralsBulkWriter {

  /** A referral with its history; {@code service} is where it was allocated or waiting-listed, if it was. */
  public record PastReferral(UUID id, UUID personId, ReferralSource source, String referrerName,
      @Nullable UUID referrerOrganisationId, String referredBy, LocalDate receivedOn, String reason,
      boolean panelToDecide, List<UUID> requestedServices, Urgency urgency, boolean consentToShare,
      ReferralStatus status, @Nullable String statusReason, @Nullable UUID declineReasonId,
      @Nullable LocalDate decidedOn, @Nullable LocalDate firstContactOn, @Nullable UUID service,
      List<PastEvent> timeline) {}

  /** One entry of a past timeline, on a day (written at 10:00 that day). */
  public record PastEvent(LocalDate on, String actor, String kind, @Nullable ReferralStatus from,
      @Nullable ReferralStatus to, @Nullable String detail) {}

  private final JdbcTemplate jdbc;

  ReferralsBulkWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void write(UUID alliance, List<PastReferral> referrals) {
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> requests = new ArrayList<>();
    List<Object[]> events = new ArrayList<>();
    List<Object[]> allocations = new ArrayList<>();
    for (PastReferral r : referrals) {
      rows.add(new Object[] {alliance, r.id(), r.personId(), r.source().name(), r.referrerName(),
          r.referrerOrganisationId(), r.referredBy(), r.receivedOn(), r.reason(), r.panelToDecide(),
          r.urgency().name(), r.consentToShare(), r.status().name(), r.statusReason(), r.declineReasonId(),
          r.decidedOn(), r.firstContactOn(), at(r.receivedOn()), r.timeline().size()});
      r.requestedServices().forEach(s -> requests.add(new Object[] {alliance, r.id(), s}));
      r.timeline().forEach(e -> events.add(new Object[] {alliance, r.id(), at(e.on()), e.actor(), e.kind(),
          name(e.from()), name(e.to()), e.detail()}));
      if (r.service() != null && (r.status() == ReferralStatus.ALLOCATED || r.status() == ReferralStatus.WAITING_LIST)) {
        allocations.add(new Object[] {alliance, UUID.randomUUID(), r.id(), r.personId(), r.service(),
            r.status().name(), r.decidedOn()});
      }
    }
    jdbc.batchUpdate("""
        insert into referral (alliance_id, id, person_id, source, referrer_name, referrer_organisation_id,
          referred_by, received_on, reason, panel_to_decide, urgency, consent_to_share, status, status_reason,
          decline_reason_id, decided_on, first_contact_on, created_at, updated_at, version)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?)""", rows);
    jdbc.batchUpdate("insert into referral_request (alliance_id, referral_id, service_id) values (?, ?, ?)",
        requests);
    jdbc.batchUpdate("""
        insert into referral_event (alliance_id, referral_id, occurred_at, actor, kind, from_status, to_status,
          detail) values (?, ?, ?, ?, ?, ?, ?, ?)""", events);
    jdbc.batchUpdate("""
        insert into allocation (alliance_id, id, referral_id, person_id, service_id, kind, since)
        values (?, ?, ?, ?, ?, ?, ?)""", allocations);
  }

  private static Timestamp at(LocalDate day) {
    return Timestamp.valueOf(day.atTime(LocalTime.of(10, 0)));
  }

  private static @Nullable String name(@Nullable ReferralStatus status) {
    return status == null ? null : status.name();
  }
}
