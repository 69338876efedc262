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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The teams of each alliance, each run by one of its partner organisations. */
@Service
public class Teams {

  private static final String DUPLICATE = "There is already a team with that name";

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Validator validator;
  private final Organisations organisations;

  Teams(JdbcClient jdbc, AuditTrail audit, Validator validator, Organisations organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.validator = validator;
    this.organisations = organisations;
  }

  public List<Team> all(UUID allianceId) {
    return jdbc.sql("""
            select t.*, o.name as organisation_name from team t
            join organisation o on o.alliance_id = t.alliance_id and o.id = t.organisation_id
            where t.alliance_id = ? order by t.name""")
        .param(allianceId)
        .query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
            rs.getString("organisation_name"), rs.getString("name"), TeamType.valueOf(rs.getString("team_type")),
            rs.getInt("version")))
        .list();
  }

  public Team get(UUID allianceId, UUID id) {
    return all(allianceId).stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Team"));
  }

  @Transactional
  public UUID add(CurrentUser user, TeamDetails details) {
    check(user, details);
    UUID id = UUID.randomUUID();
    try {
      jdbc.sql("insert into team (alliance_id, id, organisation_id, name, team_type) values (?, ?, ?, ?, ?)")
          .params(user.alliance(), id, details.organisationId(), details.name().trim(), details.teamType().name())
          .update();
    } catch (DuplicateKeyException e) {
      throw new Refused("name", DUPLICATE);
    }
    audit.record(user, user.alliance(), AuditAction.CREATE, "Team", id, null, details.name().trim());
    return id;
  }

  @Transactional
  public void change(CurrentUser user, UUID id, TeamDetails details, int version) {
    get(user.alliance(), id);
    check(user, details);
    int changed;
    try {
      changed = jdbc.sql("""
              update team set organisation_id = ?, name = ?, team_type = ?, version = version + 1
              where alliance_id = ? and id = ? and version = ?""")
          .params(details.organisationId(), details.name().trim(), details.teamType().name(), user.alliance(), id,
              version)
          .update();
    } catch (DuplicateKeyException e) {
      throw new Refused("name", DUPLICATE);
    }
    if (changed == 0) {
      throw new EditConflict("team");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Team", id, null, details.name().trim());
  }

  private void check(CurrentUser user, TeamDetails details) {
    Checks.valid(validator, details);
    if (!organisations.exists(user.alliance(), details.organisationId())) {
      throw new Refused("organisationId", "Select an organisation from the list");
    }
  }
}
