package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.validation.Validator;
import org.bridgeway.access.AccountException;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The alliances of this installation. Creating one also opens its first administrator's account. */
@Service
public class Alliances {

  /** Where a refusal of the administrator's account belongs in a {@link NewAlliance}. */
  private static final Map<String, String> ADMIN_FIELDS =
      Map.of("username", "adminUsername", "password", "adminPassword", "role", "adminUsername");

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final AuditTrail audit;
  private final Validator validator;

  Alliances(JdbcClient jdbc, Accounts accounts, AuditTrail audit, Validator validator) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.audit = audit;
    this.validator = validator;
  }

  /**
   * The installation administrator creates an alliance and its first administrator; the new alliance's audit
   * trail starts with who created it.
   */
  @Transactional
  public UUID create(CurrentUser installationAdmin, NewAlliance alliance) {
    UUID id = create(alliance);
    audit.record(installationAdmin, id, AuditAction.CREATE, "Alliance", id, null, alliance.name().trim());
    return id;
  }

  /** Creates an alliance and its first administrator, together or not at all. */
  @Transactional
  public UUID create(NewAlliance alliance) {
    Checks.valid(validator, alliance);
    String shortName = alliance.shortName().trim().toLowerCase();
    if (findByShortName(shortName).isPresent()) {
      throw new Refused("shortName", "An alliance with that short name already exists");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into alliance (id, name, short_name, standard_week_hours) values (?, ?, ?, ?)")
        .params(id, alliance.name().trim(), shortName, alliance.standardWeekHours())
        .update();
    try {
      accounts.open(new NewAccount(alliance.adminUsername(), alliance.adminPassword(), alliance.adminName(),
          Role.ADMIN, id, null, null));
    } catch (AccountException e) {
      throw new AccountException(ADMIN_FIELDS.getOrDefault(e.field(), e.field()), e.getMessage());
    }
    return id;
  }

  public List<AllianceSummary> all() {
    return jdbc.sql("""
            select a.id, a.name, a.short_name, a.standard_week_hours, a.version,
              (select count(*) from organisation o where o.alliance_id = a.id) as organisations,
              (select count(*) from service s where s.alliance_id = a.id) as services,
              (select count(*) from user_account u where u.alliance_id = a.id) as accounts
            from alliance a order by a.name""")
        .query((rs, n) -> new AllianceSummary(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getString("short_name"), rs.getBigDecimal("standard_week_hours"), rs.getLong("organisations"),
            rs.getLong("services"), rs.getLong("accounts"), rs.getInt("version")))
        .list();
  }

  public AllianceSummary get(UUID id) {
    return all().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Alliance"));
  }

  public Optional<UUID> findByShortName(String shortName) {
    return jdbc.sql("select id from alliance where short_name = ?").param(shortName.trim().toLowerCase())
        .query(UUID.class).optional();
  }

  public String shortName(UUID allianceId) {
    return jdbc.sql("select short_name from alliance where id = ?").param(allianceId)
        .query(String.class).optional().orElseThrow(() -> new RecordNotFound("Alliance"));
  }

  public BigDecimal standardWeek(UUID allianceId) {
    return jdbc.sql("select standard_week_hours from alliance where id = ?").param(allianceId)
        .query(BigDecimal.class).optional().orElseThrow(() -> new RecordNotFound("Alliance"));
  }

  /** Counts of what the alliance has set up, for the administrator's overview. */
  public SetUpCounts counts(UUID allianceId) {
    return jdbc.sql("""
            select (select count(*) from organisation where alliance_id = :a) as organisations,
              (select count(*) from locality where alliance_id = :a) as localities,
              (select count(*) from service where alliance_id = :a) as services,
              (select count(*) from team where alliance_id = :a) as teams,
              (select count(*) from staff where alliance_id = :a) as staff,
              (select count(*) from user_account where alliance_id = :a) as accounts""")
        .param("a", allianceId)
        .query((rs, n) -> new SetUpCounts(rs.getLong("organisations"), rs.getLong("localities"),
            rs.getLong("services"), rs.getLong("teams"), rs.getLong("staff"), rs.getLong("accounts")))
        .single();
  }

  /** An administrator sets their alliance's standard week, if no one else changed it since they loaded it. */
  @Transactional
  public void changeStandardWeek(CurrentUser user, BigDecimal hours, int version) {
    changeStandardWeek(user.alliance(), hours, version);
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Alliance", user.alliance(), null,
        "Standard week: " + hours.stripTrailingZeros().toPlainString() + " hours");
  }

  /** Sets the hours of a standard week, against which whole-time equivalents are counted. */
  @Transactional
  public void changeStandardWeek(UUID allianceId, BigDecimal hours, int version) {
    if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("80")) > 0) {
      throw new Refused("standardWeekHours", "Enter a standard week between 1 and 80 hours");
    }
    int changed = jdbc.sql("""
            update alliance set standard_week_hours = ?, version = version + 1 where id = ? and version = ?""")
        .params(hours, allianceId, version).update();
    if (changed == 0) {
      throw new EditConflict("alliance");
    }
  }
}
