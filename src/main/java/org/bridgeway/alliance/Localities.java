package org.bridgeway.alliance;

import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The localities of each alliance's area, some of them pilot areas. */
@Service
public class Localities {

  private static final String DUPLICATE = "There is already a locality with that name";

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Validator validator;

  Localities(JdbcClient jdbc, AuditTrail audit, Validator validator) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.validator = validator;
  }

  public List<Locality> all(UUID allianceId) {
    return jdbc.sql("select * from locality where alliance_id = ? order by name").param(allianceId)
        .query((rs, n) -> new Locality(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getBoolean("pilot_area"), rs.getInt("version")))
        .list();
  }

  public Locality get(UUID allianceId, UUID id) {
    return all(allianceId).stream().filter(l -> l.id().equals(id)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Locality"));
  }

  /** True when the locality belongs to the alliance; false for none at all. */
  public boolean exists(UUID allianceId, @Nullable UUID id) {
    return id != null && jdbc.sql("select count(*) from locality where alliance_id = ? and id = ?")
        .params(allianceId, id).query(Integer.class).single() > 0;
  }

  @Transactional
  public UUID add(CurrentUser user, LocalityDetails details) {
    Checks.valid(validator, details);
    UUID id = UUID.randomUUID();
    try {
      jdbc.sql("insert into locality (alliance_id, id, name, pilot_area) values (?, ?, ?, ?)")
          .params(user.alliance(), id, details.name().trim(), details.pilotArea()).update();
    } catch (DuplicateKeyException e) {
      throw new Refused("name", DUPLICATE);
    }
    audit.record(user, user.alliance(), AuditAction.CREATE, "Locality", id, null, details.name().trim());
    return id;
  }

  @Transactional
  public void change(CurrentUser user, UUID id, LocalityDetails details, int version) {
    get(user.alliance(), id);
    Checks.valid(validator, details);
    int changed;
    try {
      changed = jdbc.sql("""
              update locality set name = ?, pilot_area = ?, version = version + 1
              where alliance_id = ? and id = ? and version = ?""")
          .params(details.name().trim(), details.pilotArea(), user.alliance(), id, version).update();
    } catch (DuplicateKeyException e) {
      throw new Refused("name", DUPLICATE);
    }
    if (changed == 0) {
      throw new EditConflict("locality");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Locality", id, null, details.name().trim());
  }
}
