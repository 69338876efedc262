package org.bridgeway.alliance;

/** How much of each part of the set-up an alliance has. */
public record SetUpCounts(long organisations, long localities, long services, long teams, long staff,
    long accounts) {}
