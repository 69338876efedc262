package org.bridgeway.fhir.internal;

import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** The alliance's services as HealthcareService and Location read them: within the caller's alliance, audited. */
@Component
class ServiceReads {

  private final Services services;
  private final AuditTrail audit;

  ServiceReads(Services services, AuditTrail audit) {
    this.services = services;
    this.audit = audit;
  }

  ServiceRecord one(CurrentUser user, IdType id, String resourceType) {
    UUID serviceId = Refusals.uuid(id);
    ServiceRecord service = Refusals.answer(id, () -> services.get(user.alliance(), serviceId));
    audit.record(user, user.alliance(), AuditAction.VIEW, "Service", serviceId, null, "FHIR " + resourceType);
    return service;
  }

  List<ServiceRecord> all(CurrentUser user) {
    return services.all(user.alliance());
  }

  void searched(CurrentUser user, String resourceType, int found) {
    audit.record(user, user.alliance(), AuditAction.SEARCH, "Service", null, null,
        "FHIR " + resourceType + " search: " + found + " found");
  }
}
