package org.bridgeway.alliance;

import java.util.UUID;

/** A locality of the alliance's area; pilot areas try new ways of working first. */
public record Locality(UUID id, String name, boolean pilotArea, int version) {}
