package org.bridgeway.pathway;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The handover to the receiving service: whether the person's plan and strengths were shared with it, on what
 * day, a summary of the strengths shared, and notes.
 */
public record Handover(
    boolean planShared, @Nullable LocalDate sharedOn, @Nullable String strengths, @Nullable String notes) {}
