package org.bridgeway.workforce;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A panel member to add: a member of staff, or a person linked to their record, or a name typed in. */
public record NewPanelMember(@Nullable UUID staffId, @Nullable UUID personId, @Nullable String name,
    boolean usesServices, boolean chair) {}
