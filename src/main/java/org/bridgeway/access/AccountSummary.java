package org.bridgeway.access;

import java.util.UUID;

/** One sign-in account as an administrator sees it. */
public record AccountSummary(
    UUID id, String username, String displayName, Role role, boolean enabled, boolean locked) {}
