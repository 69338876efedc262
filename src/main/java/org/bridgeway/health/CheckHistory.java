package org.bridgeway.health;

import java.util.List;

/** A check with every amendment made to it, oldest first. */
public record CheckHistory(HealthCheck check, List<CheckChange> changes) {}
