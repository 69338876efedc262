package org.bridgeway.referrals.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.referrals.DeclineReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alliance's list of reasons for declining a referral. */
@Repository
public class DeclineReasonStore {

  private final JdbcClient jdbc;

  DeclineReasonStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<DeclineReason> all(UUID alliance) {
    return jdbc.sql("select id, label, active from decline_reason where alliance_id = ? order by not active, label")
        .param(alliance)
        .query((rs, n) -> new DeclineReason(rs.getObject("id", UUID.class), rs.getString("label"),
            rs.getBoolean("active")))
        .list();
  }

  public Optional<DeclineReason> find(UUID alliance, UUID id) {
    return all(alliance).stream().filter(reason -> reason.id().equals(id)).findFirst();
  }

  /** Adds the reason unless the alliance has one with that label already; true if added. */
  public boolean add(UUID alliance, UUID id, String label) {
    return jdbc.sql("""
            insert into decline_reason (alliance_id, id, label) values (?, ?, ?)
            on conflict (alliance_id, label) do nothing""")
        .params(alliance, id, label).update() == 1;
  }

  public boolean setActive(UUID alliance, UUID id, boolean active) {
    return jdbc.sql("update decline_reason set active = ? where alliance_id = ? and id = ?")
        .params(active, alliance, id).update() == 1;
  }

  /** Records which of the list's reasons a decline gave. */
  public void recordOn(UUID alliance, UUID referral, UUID reason) {
    jdbc.sql("update referral set decline_reason_id = ? where alliance_id = ? and id = ?")
        .params(reason, alliance, referral).update();
  }
}
