package org.bridgeway.workforce;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A post to recruit to, as typed in; the service and the team are each optional. */
public record NewPost(@Nullable String title, @Nullable UUID organisationId, @Nullable UUID serviceId,
    @Nullable UUID teamId) {}
