package org.bridgeway.alliance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner organisation of the alliance. */
public record Organisation(UUID id, String name, Sector sector, @Nullable String odsCode, int version) {}
