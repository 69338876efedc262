package org.bridgeway.workforce;

import java.util.UUID;
import org.bridgeway.alliance.Workforce;
import org.jspecify.annotations.Nullable;

/** One line of a breakdown: an organisation, team or service (or none of them, with no id) and its figures. */
public record WorkforceRow(@Nullable UUID id, String name, Workforce figures) {}
