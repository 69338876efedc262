package org.bridgeway.access;

import java.util.UUID;

/**
 * An API client registered or revoked, published in the same transaction so that the audit trail records it
 * (the audit module listens: it depends on this module, not the other way round).
 */
public record ApiClientChange(CurrentUser by, UUID clientId, boolean revoked, String detail) {}
