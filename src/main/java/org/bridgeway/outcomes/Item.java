package org.bridgeway.outcomes;

import org.jspecify.annotations.Nullable;

/** One question of an instrument; a reverse-scored item counts as (min + max − answer) in every score. */
public record Item(int number, String text, String domain, @Nullable String snomedCode, boolean reverseScored) {}
