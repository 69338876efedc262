package org.bridgeway.workforce;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A post being recruited to: its title, the organisation employing, and the service or team it is in. */
public record RecruitmentPost(UUID id, String title, UUID organisationId, String organisationName,
    @Nullable UUID serviceId, @Nullable String serviceName, @Nullable UUID teamId, @Nullable String teamName) {

  public String where() {
    return serviceName != null ? serviceName : teamName != null ? teamName : organisationName;
  }
}
