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

/** The partner organisations of each alliance. */
@Service
public class Organisations {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Validator validator;

  Organisations(JdbcClient jdbc, AuditTrail audit, Validator validator) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.validator = validator;
  }

  public List<Organisation> all(UUID allianceId) {
    return jdbc.sql("select * from organisation where alliance_id = ? order by name").param(allianceId)
        .query(Organisations::organisation).list();
  }

  public Organisation get(UUID allianceId, UUID id) {
    return jdbc.sql("select * from organisation where alliance_id = ? and id = ?").params(allianceId, id)
        .query(Organisations::organisation).optional().orElseThrow(() -> new RecordNotFound("Organisation"));
  }

  private static Organisation organisation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
        Sector.valueOf(rs.getString("sector")), rs.getString("ods_code"), rs.getInt("version"));
  }

  /** True when the organisation belongs to the alliance; false for none at all. */
  public boolean exists(UUID allianceId, @Nullable UUID id) {
    return id != null && jdbc.sql("select count(*) from organisation where alliance_id = ? and id = ?")
        .params(allianceId, id).query(Integer.class).single() > 0;
  }

  @Transactional
  public UUID add(CurrentUser user, OrganisationDetails details) {
    Checks.valid(validator, details);
    UUID id = UUID.randomUUID();
    try {
      jdbc.sql("insert into organisation (alliance_id, id, name, sector, ods_code) values (?, ?, ?, ?, ?)")
          .params(user.alliance(), id, details.name().trim(), details.sector().name(), details.normalisedOdsCode())
          .update();
    } catch (DuplicateKeyException e) {
      throw new Refused("name", "There is already an organisation with that name");
    }
    audit.record(user, user.alliance(), AuditAction.CREATE, "Organisation", id, null, details.name());
    return id;
  }

  @Transactional
  public void change(CurrentUser user, UUID id, OrganisationDetails details, int version) {
    get(user.alliance(), id);
    Checks.valid(validator, details);
    int changed;
    try {
      changed = jdbc.sql("""
              update organisation set name = ?, sector = ?, ods_code = ?, version = version + 1
              where alliance_id = ? and id = ? and version = ?""")
          .params(details.name().trim(), details.sector().name(), details.normalisedOdsCode(), user.alliance(), id,
              version)
          .update();
    } catch (DuplicateKeyException e) {
      throw new Refused("name", "There is already an organisation with that name");
    }
    if (changed == 0) {
      throw new EditConflict("organisation");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Organisation", id, null, details.name());
  }
}
