package org.bridgeway.plans;

import java.time.LocalDate;
import java.util.UUID;

/** A person whose latest agreed plan is due for review soon, or overdue. */
public record ReviewDue(UUID personId, String name, int version, LocalDate reviewOn, boolean overdue) {}
