package org.bridgeway.access;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and lists sign-in accounts. Passwords are stored only as Argon2 hashes. */
@Service
public class Accounts {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;

  Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
  }

  /** Opens an account; refuses a taken username or a weak password with an {@link AccountException}. */
  @Transactional
  public UUID open(NewAccount account) {
    String username = account.username().trim().toLowerCase(Locale.ROOT);
    if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
      throw new AccountException("username",
          "Enter a username of 3 to 64 letters, numbers, dots, dashes or underscores");
    }
    PasswordPolicy.problemWith(account.password(), username)
        .ifPresent(problem -> {
          throw new AccountException("password", problem);
        });
    if ((account.role() == Role.INSTALLATION_ADMIN) != (account.allianceId() == null)) {
      throw new AccountException("role", "Only the installation administrator has no alliance");
    }
    if (exists(username)) {
      throw new AccountException("username", "That username is already taken");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into user_account (id, username, password_hash, display_name, role, alliance_id, staff_id, person_id)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, username, passwordEncoder.encode(account.password()), account.displayName().trim(),
            account.role().name(), account.allianceId(), account.staffId(), account.personId())
        .update();
    return id;
  }

  /** Changes the user's own password, after checking the current one. */
  @Transactional
  public void changePassword(CurrentUser user, String current, String replacement, String confirmation) {
    String hash = jdbc.sql("select password_hash from user_account where id = ?").param(user.accountId())
        .query(String.class).single();
    if (!passwordEncoder.matches(current, hash)) {
      throw new AccountException("currentPassword", "Your current password is not right");
    }
    PasswordPolicy.problemWith(replacement, user.username())
        .ifPresent(problem -> {
          throw new AccountException("newPassword", problem);
        });
    if (!replacement.equals(confirmation)) {
      throw new AccountException("confirmPassword", "The new passwords are not the same");
    }
    jdbc.sql("update user_account set password_hash = ? where id = ?")
        .params(passwordEncoder.encode(replacement), user.accountId()).update();
  }

  public boolean exists(String username) {
    return jdbc.sql("select count(*) from user_account where username = ?")
        .param(username.trim().toLowerCase(Locale.ROOT)).query(Integer.class).single() > 0;
  }

  public boolean anyInstallationAdmin() {
    return jdbc.sql("select count(*) from user_account where role = 'INSTALLATION_ADMIN'")
        .query(Integer.class).single() > 0;
  }

  /**
   * Who holds each of these accounts of the alliance; usernames no account of the alliance has are left out. An
   * API client's username ({@link ApiCaller#username}) is answered with the partner system's name.
   */
  public List<AccountHolder> holders(UUID allianceId, Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select username, display_name, role, staff_id from user_account
            where alliance_id = :alliance and username in (:usernames)
            union all
            select 'client:' || client_id, name || ' (partner system)', 'ADMIN', null from api_client
            where alliance_id = :alliance and 'client:' || client_id in (:usernames)""")
        .param("alliance", allianceId).param("usernames", List.copyOf(usernames))
        .query((rs, n) -> new AccountHolder(rs.getString("username"), rs.getString("display_name"),
            Role.valueOf(rs.getString("role")), rs.getObject("staff_id", UUID.class)))
        .list();
  }

  /** The accounts of one alliance, by username. */
  public List<AccountSummary> ofAlliance(UUID allianceId) {
    return jdbc.sql("""
            select id, username, display_name, role, enabled,
                   coalesce(locked_until > now(), false) as locked
            from user_account where alliance_id = ? order by username""")
        .param(allianceId)
        .query((rs, n) -> new AccountSummary(rs.getObject("id", UUID.class), rs.getString("username"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
            rs.getBoolean("locked")))
        .list();
  }
}
