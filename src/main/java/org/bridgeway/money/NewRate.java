package org.bridgeway.money;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A weekly rate to record from a day, in pence; with no last day it runs until a later rate replaces it. For a
 * package, {@code reason} says why the person's package differs from the service's rate.
 */
public record NewRate(LocalDate from, @Nullable LocalDate to, long weeklyPence, @Nullable String reason) {}
