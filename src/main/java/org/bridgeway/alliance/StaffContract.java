package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member of staff whose contract covers a day, with what the workforce figures count of them. */
public record StaffContract(UUID staffId, String name, UUID organisationId, String organisationName,
    @Nullable UUID teamId, @Nullable String teamName, BigDecimal contractedHours, boolean livedExperience) {}
