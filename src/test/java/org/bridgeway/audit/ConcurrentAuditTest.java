package org.bridgeway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.bridgeway.BridgewayTest;
import org.bridgeway.careteam.Scene;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two transactions writing to one alliance's trail at once. The second waits for the chain head while the first
 * holds it; the first then writes again and commits. The first's second entry joins the chain before the
 * waiting entry, so it must also be numbered before it, or the trail, checked in id order, would look broken
 * although nobody altered it.
 */
@BridgewayTest
class ConcurrentAuditTest {

  @Autowired Scene scene;
  @Autowired AuditTrail audit;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void entriesAreNumberedInTheOrderTheyJoinTheChain() throws Exception {
    UUID alliance = scene.create().test.id();
    try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      insert(first, alliance, "first, one");

      CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
        try {
          insert(second, alliance, "second, waiting");
          second.commit();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      awaitLockWait();
      insert(first, alliance, "first, two");
      first.commit();
      waiting.get(30, TimeUnit.SECONDS);
    }

    List<String> inIdOrder = jdbc.sql("select detail from audit_event where alliance_id = ? "
            + "and actor = 'concurrency check' order by id")
        .param(alliance).query(String.class).list();
    assertThat(inIdOrder).containsExactly("first, one", "first, two", "second, waiting");
    assertThat(audit.intact(alliance)).isTrue();
  }

  private static void insert(Connection connection, UUID alliance, String detail) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        insert into audit_event (alliance_id, actor, actor_role, action, subject_type, detail)
        values (?, 'concurrency check', 'ADMIN', 'VIEW', 'Person', ?)""")) {
      insert.setObject(1, alliance);
      insert.setString(2, detail);
      insert.executeUpdate();
    }
  }

  /** Waits until the second transaction's insert is blocked on a lock (the first holds the chain head). */
  private void awaitLockWait() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      long blocked = jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
          + "and query like '%concurrency check%' and query not like '%pg_stat_activity%'")
          .query(Long.class).single();
      if (blocked > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the second insert never waited for the chain head");
  }
}
