package org.bridgeway.workforce;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone who sat on a recruitment panel: a member of staff, a person who uses services linked to their record,
 * or someone named; {@code usesServices} when they are a person who uses services; {@code chair} when they
 * chaired the panel.
 */
public record PanelMember(UUID id, @Nullable UUID staffId, @Nullable UUID personId, String name,
    boolean usesServices, boolean chair) {}
