package org.bridgeway.alliance;

import java.util.UUID;

/** A team run by one partner organisation, typed by its MHSDS team type. */
public record Team(UUID id, UUID organisationId, String organisationName, String name, TeamType teamType,
    int version) {}
