package org.bridgeway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bridgeway.BridgewayTest;
import org.bridgeway.careteam.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Entries recorded many at once join the same hash chain as entries recorded one by one: each is hashed, each
 * points at the one before it in the order given, and the chain head ends at the newest.
 */
@BridgewayTest
class BulkAuditTest {

  @Autowired Scene scene;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  Scene.Alliance lambeth;
  UUID alliance;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    alliance = lambeth.test.id();
  }

  @Test
  void aBulkBatchBetweenSingleEntriesIsOneValidChain() {
    audit.record(lambeth.admin, alliance, AuditAction.VIEW, "Person", UUID.randomUUID(), null, "before");
    // 12,001 subjects: three statements of at most 5,000 rows, so the chain also crosses statement boundaries.
    audit.recordEach(lambeth.admin, alliance, AuditAction.CREATE, "Person", subjects(12_001));
    audit.record(lambeth.admin, alliance, AuditAction.VIEW, "Person", UUID.randomUUID(), null, "after");

    assertThat(audit.intact(alliance)).isTrue();
    // In id order the details read before, row 0 .. row 12000, after: the order the subjects were given in (the
    // scene's own entries about organisations and services come first and are left out here).
    List<String> details = jdbc.sql("select detail from audit_event where alliance_id = ? and subject_type = 'Person' "
            + "order by id")
        .param(alliance).query(String.class).list();
    assertThat(details).hasSize(12_003);
    assertThat(details.get(0)).isEqualTo("before");
    assertThat(details.get(1)).isEqualTo("row 0");
    assertThat(details.get(12_001)).isEqualTo("row 12000");
    assertThat(details.get(12_002)).isEqualTo("after");
    // Every entry's previous hash is the hash of the entry before it; the first starts from the zero hash.
    long unlinked = jdbc.sql("""
            select count(*) from (select previous_hash,
                     lag(hash, 1, repeat('0', 64)) over (order by id) as expected from audit_event
                   where alliance_id = ?) c where previous_hash <> expected""")
        .param(alliance).query(Long.class).single();
    assertThat(unlinked).isZero();
    String head = jdbc.sql("select last_hash from audit_chain_head where alliance_id = ?")
        .param(alliance).query(String.class).single();
    String newest = jdbc.sql("select hash from audit_event where alliance_id = ? order by id desc limit 1")
        .param(alliance).query(String.class).single();
    assertThat(head).isEqualTo(newest);
  }

  @Test
  void anEntryAlteredInsideABulkBatchIsNoticed() {
    audit.recordEach(lambeth.admin, alliance, AuditAction.CREATE, "Person", subjects(50));
    assertThat(audit.intact(alliance)).isTrue();

    jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
    try {
      assertThat(jdbc.sql("update audit_event set detail = 'nothing to see' where alliance_id = ? "
          + "and detail = 'row 20'").param(alliance).update()).isEqualTo(1);
    } finally {
      jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
    }

    assertThat(audit.intact(alliance)).isFalse();
  }

  @Test
  void twentyThousandEntriesAreRecordedQuickly() {
    long started = System.nanoTime();
    audit.recordEach(lambeth.admin, alliance, AuditAction.CREATE, "Person", subjects(20_000));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("BulkAuditTest: 20,000 entries recorded in " + millis + " ms");

    assertThat(audit.intact(alliance)).isTrue();
  }

  private static List<AuditTrail.Subject> subjects(int count) {
    return IntStream.range(0, count)
        .mapToObj(n -> new AuditTrail.Subject(UUID.randomUUID(), UUID.randomUUID(), "row " + n)).toList();
  }
}
