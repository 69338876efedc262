package org.bridgeway.figures;

import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * Narrows the figures to services: of one partner organisation, one service, one kind of service, or in one
 * locality; any left empty does not narrow. The pathway figures count the stays in those services (for a move,
 * the service left); the caseload then counts only people with a stay there.
 */
public record Filters(@Nullable UUID organisationId, @Nullable UUID serviceId, @Nullable ServiceKind serviceKind,
    @Nullable UUID localityId) {

  public static Filters none() {
    return new Filters(null, null, null, null);
  }

  public boolean any() {
    return organisationId != null || serviceId != null || serviceKind != null || localityId != null;
  }

  /** True when only the organisation narrows, so staff of that organisation can stand for it. */
  public boolean organisationOnly() {
    return organisationId != null && serviceId == null && serviceKind == null && localityId == null;
  }
}
