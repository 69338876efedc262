package org.bridgeway.alliance;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Each alliance's pathway ladder, kept in table {@code ladder_level}: one row per kind on the ladder. */
@Service
public class Ladders {

  private final JdbcClient jdbc;

  Ladders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The alliance's ladder as it stands. */
  public Ladder of(UUID alliance) {
    Map<ServiceKind, Integer> levels = new EnumMap<>(ServiceKind.class);
    int[] version = {0};
    jdbc.sql("select kind, level, version from ladder_level where alliance_id = ?").param(alliance)
        .query(rs -> {
          levels.put(ServiceKind.valueOf(rs.getString("kind")), rs.getInt("level"));
          version[0] += rs.getInt("version");
        });
    return levels.isEmpty() ? Ladder.standard() : new Ladder(levels, version[0]);
  }
}
