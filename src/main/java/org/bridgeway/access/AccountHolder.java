package org.bridgeway.access;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who holds an account, as others may be told: the name it shows, its role and the staff record it signs in as. */
public record AccountHolder(String username, String displayName, Role role, @Nullable UUID staffId) {}
