package org.bridgeway.referrals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.referrals.ReferralVisibility;
import org.bridgeway.referrals.ReferralVisibility.Viewer;
import org.bridgeway.referrals.WaitingListPlace;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is waiting on a service's waiting list, and the waits behind the waiting-time figures. */
@Repository
public class WaitingStore {

  private final JdbcClient jdbc;

  WaitingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** People on a waiting list now (an open waiting-list allocation), by service, longest waiting first. */
  public List<WaitingListPlace> waitingLists(UUID alliance, Viewer viewer, int limit) {
    return ReferralReadModel.visible(jdbc.sql("""
            select a.referral_id, a.person_id, s.name as service, a.since,
              coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as person_name
            from allocation a
            join referral r on r.alliance_id = a.alliance_id and r.id = a.referral_id
            join person p on p.alliance_id = a.alliance_id and p.id = a.person_id
            join service s on s.alliance_id = a.alliance_id and s.id = a.service_id
            where a.alliance_id = :alliance and a.kind = 'WAITING_LIST' and a.ended_on is null and """
            + ReferralVisibility.SQL + " order by s.name, a.since, a.id limit :limit"), alliance, viewer)
        .param("limit", limit)
        .query((rs, n) -> new WaitingListPlace(rs.getObject("referral_id", UUID.class),
            rs.getObject("person_id", UUID.class), rs.getString("person_name"), rs.getString("service"),
            rs.getObject("since", LocalDate.class)))
        .list();
  }

  /** One wait of one referral, in whole days, under the service it asked for (none: the panel to decide). */
  public record Wait(UUID referralId, @Nullable UUID serviceId, @Nullable String service, long days) {}

  /** Days from receipt to decision of referrals decided in the period, both ends included. */
  public List<Wait> toDecision(UUID alliance, LocalDate from, LocalDate to) {
    return waits(alliance, "r.decided_on - r.received_on", "r.decided_on", from, to);
  }

  /** Days from decision to first contact of referrals first seen in the period, both ends included. */
  public List<Wait> toFirstContact(UUID alliance, LocalDate from, LocalDate to) {
    return waits(alliance, "r.first_contact_on - r.decided_on", "r.first_contact_on", from, to);
  }

  private List<Wait> waits(UUID alliance, String days, String day, LocalDate from, LocalDate to) {
    return jdbc.sql("select r.id, q.service_id, s.name, " + days + " as days from referral r"
            + " left join referral_request q on q.alliance_id = r.alliance_id and q.referral_id = r.id"
            + " left join service s on s.alliance_id = q.alliance_id and s.id = q.service_id"
            + " where r.alliance_id = :alliance and r.decided_on is not null and " + day + " between :from and :to")
        .param("alliance", alliance).param("from", from).param("to", to)
        .query((rs, n) -> new Wait(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
            rs.getString("name"), rs.getLong("days")))
        .list();
  }
}
