package org.bridgeway.outcomes;

import org.jspecify.annotations.Nullable;

/** The answer to one item; {@code wantsHelp} is asked only by instruments that ask it (DIALOG+). */
public record Answer(int item, int answer, @Nullable Boolean wantsHelp) {}
