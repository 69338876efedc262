package org.bridgeway.alliance;

import java.util.UUID;
import org.bridgeway.access.AccountException;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.NewAccount;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An alliance administrator opens sign-in accounts in their own alliance only, with an alliance role, linked
 * if they choose to one of the alliance's staff.
 */
@Service
public class AllianceAccounts {

  private final Accounts accounts;
  private final Staff staff;
  private final AuditTrail audit;

  AllianceAccounts(Accounts accounts, Staff staff, AuditTrail audit) {
    this.accounts = accounts;
    this.staff = staff;
    this.audit = audit;
  }

  @Transactional
  public UUID open(CurrentUser admin, NewAccount account) {
    if (!admin.alliance().equals(account.allianceId()) || !account.role().allianceRole()) {
      throw new AccountException("role", "Select a role from the list");
    }
    if (account.staffId() != null) {
      try {
        staff.get(admin.alliance(), account.staffId());
      } catch (RecordNotFound e) {
        throw new AccountException("staffId", "Select a member of staff from the list");
      }
    }
    UUID id = accounts.open(account);
    audit.record(admin, admin.alliance(), AuditAction.CREATE, "Account", id, null, account.username().trim());
    return id;
  }
}
