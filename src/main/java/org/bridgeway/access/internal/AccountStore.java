package org.bridgeway.access.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for signing in and keeps the count of failed sign-ins that throttles guessing. */
@Component
class AccountStore implements UserDetailsService {

  static final int FAILURES_BEFORE_LOCK = 5;
  static final Duration LOCK_DURATION = Duration.ofMinutes(10);

  private final JdbcClient jdbc;

  AccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return find(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }

  Optional<AccountRecord> find(String username) {
    return jdbc.sql("""
            select u.id, u.username, u.password_hash, u.display_name, u.role, u.alliance_id, a.name as alliance_name,
                   u.staff_id, u.person_id, u.enabled, u.locked_until
            from user_account u left join alliance a on a.id = u.alliance_id
            where u.username = ?""")
        .param(username.trim().toLowerCase(Locale.ROOT))
        .query((rs, n) -> {
          Timestamp locked = rs.getTimestamp("locked_until");
          return new AccountRecord(rs.getObject("id", UUID.class), rs.getString("username"),
              rs.getString("password_hash"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
              rs.getObject("alliance_id", UUID.class), rs.getString("alliance_name"),
              rs.getObject("staff_id", UUID.class), rs.getObject("person_id", UUID.class),
              rs.getBoolean("enabled"), locked == null ? null : locked.toInstant());
        })
        .optional();
  }

  /** Counts a failed sign-in; the fifth in a row locks the account for ten minutes. */
  void recordFailure(String username) {
    jdbc.sql("""
            update user_account set
              failed_sign_ins = failed_sign_ins + 1,
              locked_until = case when failed_sign_ins + 1 >= ? then ? else locked_until end
            where username = ?""")
        .params(FAILURES_BEFORE_LOCK, Timestamp.from(Instant.now().plus(LOCK_DURATION)),
            username.trim().toLowerCase(Locale.ROOT))
        .update();
  }

  void recordSuccess(String username) {
    jdbc.sql("update user_account set failed_sign_ins = 0, locked_until = null where username = ?")
        .param(username.trim().toLowerCase(Locale.ROOT))
        .update();
  }
}
