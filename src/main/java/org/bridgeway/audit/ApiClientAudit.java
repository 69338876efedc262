package org.bridgeway.audit;

import org.bridgeway.access.ApiClientChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes each registration and revocation of an API client to the trail, in the transaction that made it. */
@Component
class ApiClientAudit {

  private final AuditTrail trail;

  ApiClientAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void on(ApiClientChange change) {
    trail.record(change.by(), change.by().alliance(), change.revoked() ? AuditAction.VOID : AuditAction.CREATE,
        "ApiClient", change.clientId(), null, change.detail());
  }
}
