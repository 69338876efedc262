package org.bridgeway.alliance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A new alliance and the account of its first administrator. */
public record NewAlliance(
    @NotBlank(message = "Enter the alliance's name") @Size(max = 200, message = "Enter a name of 200 characters or fewer")
    String name,
    @NotBlank(message = "Enter a short name")
    @Pattern(regexp = "[a-zA-Z0-9-]{2,30}", message = "Enter a short name of 2 to 30 letters, numbers or dashes")
    String shortName,
    @NotNull(message = "Enter the hours of a standard week")
    @DecimalMin(value = "1", message = "Enter a standard week of at least 1 hour")
    @DecimalMax(value = "80", message = "Enter a standard week of at most 80 hours")
    BigDecimal standardWeekHours,
    @NotBlank(message = "Enter the administrator's name") String adminName,
    @NotBlank(message = "Enter the administrator's username") String adminUsername,
    @NotBlank(message = "Enter a password for the administrator") String adminPassword) {}
