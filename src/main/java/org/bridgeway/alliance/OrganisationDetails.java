package org.bridgeway.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator enters about a partner organisation. ODS codes are typed, not looked up. */
public record OrganisationDetails(
    @NotBlank(message = "Enter the organisation's name")
    @Size(max = 200, message = "Enter a name of 200 characters or fewer") String name,
    @NotNull(message = "Select the sector") Sector sector,
    @Pattern(regexp = "^$|[A-Za-z0-9]{3,6}", message = "Enter an ODS code of 3 to 6 letters and numbers, like RR8 or RR813")
    @Nullable String odsCode) {

  @Nullable String normalisedOdsCode() {
    return odsCode == null || odsCode.isBlank() ? null : odsCode.trim().toUpperCase();
  }
}
