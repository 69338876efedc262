package org.bridgeway.alliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each alliance's pathway ladder, kept in table {@code ladder_level}: one row per kind on the ladder. Only the
 * alliance's administrator changes it, always as a whole ladder, against the version they read: the rows are
 * locked while the version is checked, so of two administrators saving at once the second is told of the
 * first's change. Each row that changes records who changed it and when; every change is audited.
 */
@Service
public class Ladders {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  Ladders(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The alliance's ladder as it stands. */
  public Ladder of(UUID alliance) {
    return read(alliance, "");
  }

  /**
   * Sets every level of the administrator's alliance's ladder; refused as a conflict if the ladder changed
   * since {@code version} ({@link Ladder#version()}) was read. Answers what moved, in plain words.
   */
  @Transactional
  public List<String> change(CurrentUser admin, Map<ServiceKind, Integer> levels, int version) {
    if (!admin.is(Role.ADMIN)) {
      throw new AccessDeniedException("Only the alliance's administrators can change its ladder");
    }
    Checks.valid(Ladder.problems(levels));
    Ladder current = read(admin.alliance(), " for update");
    if (current.version() != version) {
      throw new EditConflict("ladder");
    }
    List<String> moves = new ArrayList<>();
    for (ServiceKind kind : ServiceKind.ladder()) {
      int from = current.level(kind).orElse(0);
      int to = levels.get(kind);
      if (from != to) {
        save(admin, kind, to);
        moves.add(kind.label() + " moved from level " + from + " to " + to);
      }
    }
    if (!moves.isEmpty()) {
      audit.record(admin, admin.alliance(), AuditAction.UPDATE, "Ladder", admin.alliance(), null,
          String.join("; ", moves));
    }
    return moves;
  }

  private Ladder read(UUID alliance, String lock) {
    Map<ServiceKind, Integer> levels = new EnumMap<>(ServiceKind.class);
    int[] version = {0};
    jdbc.sql("select kind, level, version from ladder_level where alliance_id = ?" + lock).param(alliance)
        .query(rs -> {
          levels.put(ServiceKind.valueOf(rs.getString("kind")), rs.getInt("level"));
          version[0] += rs.getInt("version");
        });
    return levels.isEmpty() ? Ladder.standard() : new Ladder(levels, version[0]);
  }

  private void save(CurrentUser admin, ServiceKind kind, int level) {
    jdbc.sql("""
            insert into ladder_level (alliance_id, kind, level, changed_by, changed_at, version)
            values (?, ?, ?, ?, now(), 1)
            on conflict (alliance_id, kind) do update
            set level = excluded.level, changed_by = excluded.changed_by, changed_at = now(),
                version = ladder_level.version + 1""")
        .params(admin.alliance(), kind.name(), level, admin.username()).update();
  }
}
