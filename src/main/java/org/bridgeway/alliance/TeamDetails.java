package org.bridgeway.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an administrator enters about a team. */
public record TeamDetails(
    @NotNull(message = "Select the organisation that runs the team") @Nullable UUID organisationId,
    @NotBlank(message = "Enter the team's name")
    @Size(max = 200, message = "Enter a name of 200 characters or fewer") @Nullable String name,
    @NotNull(message = "Select the team type") @Nullable TeamType teamType) {}
