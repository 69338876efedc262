package org.bridgeway.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.bridgeway.access.AccountHolder;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Staff;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditEntry;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has looked at the person's record, computed each time from the audit trail and kept nowhere else: each
 * entry about them, newest first, with the role recorded in the trail, the name of the account and the
 * organisation of its staff record (the alliance, for an administrator who is no organisation's staff). The
 * person's own entries are "You". Reading the log is itself audited.
 */
@Service
public class AccessLog {

  public static final int PAGE_SIZE = 25;
  static final String SUBJECT = "AccessLog";

  private final AuditTrail audit;
  private final Accounts accounts;
  private final Staff staff;

  AccessLog(AuditTrail audit, Accounts accounts, Staff staff) {
    this.audit = audit;
    this.accounts = accounts;
    this.staff = staff;
  }

  /** One page, newest first; with {@code othersOnly}, the person's own visits are left out. */
  @Transactional
  public Paged<AccessLogEntry> page(CurrentUser user, boolean othersOnly, int page) {
    UUID me = Me.of(user);
    Paged<AuditEntry> entries = audit.ofPerson(user.alliance(), me, othersOnly ? user.username() : null,
        Math.max(0, page), PAGE_SIZE);
    Names names = new Names(user);
    List<AccessLogEntry> lines = entries.items().stream().map(names::line).toList();
    audit.record(user, user.alliance(), AuditAction.VIEW, SUBJECT, me, me, "Who has looked at their record, page "
        + (entries.page() + 1));
    return new Paged<>(lines, entries.page(), entries.size(), entries.total());
  }

  /** The last time someone other than the person did anything with their record; read without auditing. */
  @Nullable AccessLogEntry lastByOthers(CurrentUser user) {
    UUID me = Me.of(user);
    return audit.ofPerson(user.alliance(), me, user.username(), 0, 1).items().stream()
        .map(new Names(user)::line).findFirst().orElse(null);
  }

  /** Every line, newest first, for the copy of the record; the copy's download is audited by its caller. */
  void each(CurrentUser user, Consumer<AccessLogEntry> each) {
    Names names = new Names(user);
    audit.eachOfPerson(user.alliance(), Me.of(user), entry -> each.accept(names.line(entry)));
  }

  /** Names the accounts in the trail, each looked up once. */
  private final class Names {

    private final CurrentUser user;
    private final Map<String, @Nullable AccountHolder> holders = new HashMap<>();
    private final Map<UUID, String> organisations = new HashMap<>();

    Names(CurrentUser user) {
      this.user = user;
    }

    AccessLogEntry line(AuditEntry entry) {
      String what = AccessWords.what(entry.action(), entry.subjectType());
      String when = PlainWords.when(entry.occurredAt());
      if (entry.actor().equals(user.username())) {
        return new AccessLogEntry(entry.occurredAt(), when, "You", null, null, what, true);
      }
      AccountHolder holder = holders.computeIfAbsent(entry.actor(),
          actor -> accounts.holders(user.alliance(), List.of(actor)).stream().findFirst().orElse(null));
      return new AccessLogEntry(entry.occurredAt(), when, holder == null ? entry.actor() : holder.displayName(),
          role(entry.actorRole()), organisation(holder), what, false);
    }

    private @Nullable String organisation(@Nullable AccountHolder holder) {
      if (holder == null) {
        return null;
      }
      if (holder.staffId() == null) {
        return holder.role() == Role.ADMIN ? user.allianceName() : null;
      }
      String organisation = organisations.computeIfAbsent(holder.staffId(), id -> {
        try {
          return staff.get(user.alliance(), id).organisationName();
        } catch (RecordNotFound e) {
          return "";
        }
      });
      return organisation.isEmpty() ? null : organisation;
    }

    private static String role(String recorded) {
      try {
        return Role.valueOf(recorded).label();
      } catch (IllegalArgumentException e) {
        return recorded;
      }
    }
  }
}
