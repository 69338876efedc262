package org.bridgeway.plans;

import java.time.Instant;

/** Who agreed the plan's text, by their sign-in name and their name, and when. */
public record Agreement(String by, String name, Instant at) {}
