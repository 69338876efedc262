package org.bridgeway.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator enters about a locality. */
public record LocalityDetails(
    @NotBlank(message = "Enter the locality's name")
    @Size(max = 200, message = "Enter a name of 200 characters or fewer") @Nullable String name,
    boolean pilotArea) {}
