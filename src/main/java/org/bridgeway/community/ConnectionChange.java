package org.bridgeway.community;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How a connection is going now, with a note, and its end when it has ended. */
public record ConnectionChange(@Nullable Progress progress, @Nullable String note, @Nullable LocalDate end) {}
