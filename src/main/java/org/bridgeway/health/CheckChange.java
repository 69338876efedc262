package org.bridgeway.health;

import java.time.Instant;

/** An amendment of a check: what it said before, who changed it, when and why. */
public record CheckChange(String changedBy, Instant changedAt, String reason, String before) {}
