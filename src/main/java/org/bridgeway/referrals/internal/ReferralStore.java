package org.bridgeway.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.referrals.NewReferral;
import org.bridgeway.referrals.Referral;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes referrals, their requested services and their timelines, within one alliance. */
@Repository
public class ReferralStore {

  static final String SELECT = """
      select r.*, coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as person_name,
        array(select q.service_id from referral_request q
              where q.alliance_id = r.alliance_id and q.referral_id = r.id) as services
      from referral r join person p on p.alliance_id = r.alliance_id and p.id = r.person_id
      """;

  private final JdbcClient jdbc;

  ReferralStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(UUID alliance, UUID id, NewReferral r, String by) {
    jdbc.sql("""
            insert into referral (alliance_id, id, person_id, source, referrer_name, referrer_organisation_id,
              referrer_contact, referred_by, received_on, reason, panel_to_decide, urgency, risks, consent_to_share,
              consent_override_reason, attachments, status)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED')""")
        .params(alliance, id, r.personId(), r.source().name(), r.referrerName().trim(), r.referrerOrganisationId(),
            blank(r.referrerContact()), by, r.receivedOn(), r.reason().trim(), r.panelToDecide(), r.urgency().name(),
            blank(r.risks()), r.consentToShare(), blank(r.consentOverrideReason()), blank(r.attachments()))
        .update();
    for (UUID service : r.services()) {
      jdbc.sql("insert into referral_request (alliance_id, referral_id, service_id) values (?, ?, ?)")
          .params(alliance, id, service).update();
    }
  }

  public Optional<Referral> find(UUID alliance, UUID id) {
    return jdbc.sql(SELECT + " where r.alliance_id = ? and r.id = ?").params(alliance, id)
        .query((rs, n) -> referral(rs)).optional();
  }

  public List<Referral> where(UUID alliance, String condition, Object... params) {
    Object[] all = new Object[params.length + 1];
    all[0] = alliance;
    System.arraycopy(params, 0, all, 1, params.length);
    return jdbc.sql(SELECT + " where r.alliance_id = ? and (" + condition + ")").params(all)
        .query((rs, n) -> referral(rs)).list();
  }

  /** Moves the referral if it is still at the version read; false if someone else changed it first. */
  public boolean move(UUID alliance, UUID id, int version, ReferralStatus to, @Nullable String reason,
      @Nullable LocalDate decidedOn) {
    return jdbc.sql("""
            update referral set status = ?, status_reason = ?, decided_on = coalesce(?, decided_on),
              updated_at = now(), version = version + 1
            where alliance_id = ? and id = ? and version = ?""")
        .params(to.name(), reason, decidedOn, alliance, id, version).update() == 1;
  }

  public boolean recordFirstContact(UUID alliance, UUID id, int version, LocalDate on) {
    return jdbc.sql("""
            update referral set first_contact_on = ?, updated_at = now(), version = version + 1
            where alliance_id = ? and id = ? and version = ?""")
        .params(on, alliance, id, version).update() == 1;
  }

  public void event(UUID alliance, UUID referral, String actor, String kind, @Nullable ReferralStatus from,
      @Nullable ReferralStatus to, @Nullable String detail) {
    jdbc.sql("""
            insert into referral_event (alliance_id, referral_id, actor, kind, from_status, to_status, detail)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, referral, actor, kind, from == null ? null : from.name(), to == null ? null : to.name(),
            detail)
        .update();
  }

  private static Referral referral(ResultSet rs) throws SQLException {
    UUID[] services = (UUID[]) rs.getArray("services").getArray();
    return new Referral(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getString("person_name"), ReferralSource.valueOf(rs.getString("source")), rs.getString("referrer_name"),
        rs.getObject("referrer_organisation_id", UUID.class), rs.getString("referrer_contact"),
        rs.getString("referred_by"), rs.getObject("received_on", LocalDate.class), rs.getString("reason"),
        rs.getBoolean("panel_to_decide"), List.of(services), Urgency.valueOf(rs.getString("urgency")),
        rs.getString("risks"), rs.getBoolean("consent_to_share"), rs.getString("consent_override_reason"),
        rs.getString("attachments"), ReferralStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
        rs.getObject("decided_on", LocalDate.class), rs.getObject("first_contact_on", LocalDate.class),
        rs.getInt("version"));
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
