package org.bridgeway.workforce.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.bridgeway.workforce.RotaRight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rights to help manage a service's rota. */
@Repository
public class RightStore {

  private final JdbcClient jdbc;

  RightStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void grant(UUID alliance, UUID id, UUID person, UUID service, String by) {
    jdbc.sql("""
        insert into rota_right (alliance_id, id, person_id, service_id, granted_by)
        values (:alliance, :id, :person, :service, :by)""")
        .param("alliance", alliance).param("id", id).param("person", person).param("service", service)
        .param("by", by).update();
  }

  public boolean revoke(UUID alliance, UUID id, UUID person, String by, String reason) {
    return jdbc.sql("""
        update rota_right set revoked_at = now(), revoked_by = :by, revoked_reason = :reason
        where alliance_id = :alliance and id = :id and person_id = :person and revoked_at is null""")
        .param("alliance", alliance).param("id", id).param("person", person).param("by", by)
        .param("reason", reason).update() == 1;
  }

  public List<RotaRight> ofPerson(UUID alliance, UUID person) {
    return jdbc.sql("""
        select r.id, r.person_id, r.service_id, s.name, r.granted_by, r.granted_at, r.revoked_by, r.revoked_at,
               r.revoked_reason
        from rota_right r join service s on s.alliance_id = r.alliance_id and s.id = r.service_id
        where r.alliance_id = :alliance and r.person_id = :person
        order by r.granted_at desc""")
        .param("alliance", alliance).param("person", person)
        .query((rs, n) -> new RotaRight(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)),
            rs.getString(7), instantOrNull(rs.getObject(8, OffsetDateTime.class)), rs.getString(9)))
        .list();
  }

  private static Instant instant(OffsetDateTime time) {
    return time.toInstant();
  }

  private static @org.jspecify.annotations.Nullable Instant instantOrNull(
      @org.jspecify.annotations.Nullable OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
