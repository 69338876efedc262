package org.bridgeway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.careteam.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trail's own check. Tampering needs the database owner to switch off the triggers that forbid changes, as
 * someone with access to the server could; the check must then notice.
 */
@BridgewayTest
class AuditTrailTest {

  @Autowired Scene scene;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  Scene.Alliance lambeth;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    for (int i = 0; i < 3; i++) {
      audit.record(lambeth.admin, lambeth.test.id(), AuditAction.VIEW, "Person", UUID.randomUUID(), null, "look " + i);
    }
  }

  @Test
  void anUntouchedTrailIsIntact() {
    assertThat(audit.intact(lambeth.test.id())).isTrue();
  }

  @Test
  void anAlteredEntryIsNoticed() {
    tamper("update audit_event set detail = 'nothing to see' where id = (select min(id) from audit_event "
        + "where alliance_id = ? and detail = 'look 1')");

    assertThat(audit.intact(lambeth.test.id())).isFalse();
  }

  @Test
  void theNewestEntriesRemovedAreNoticed() {
    // Removing the last entry leaves a chain that is consistent in itself; only the chain head knows it is short.
    tamper("delete from audit_event where id = (select max(id) from audit_event where alliance_id = ?)");

    assertThat(audit.intact(lambeth.test.id())).isFalse();
  }

  private void tamper(String sql) {
    jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
    try {
      assertThat(jdbc.sql(sql).param(lambeth.test.id()).update()).isEqualTo(1);
    } finally {
      jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
    }
  }
}
