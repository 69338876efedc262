package org.bridgeway.referrals;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner's representative present at a panel meeting. */
public record PanelAttendee(UUID id, String name, @Nullable UUID organisationId, @Nullable String organisationName,
    @Nullable UUID staffId) {}
