package org.bridgeway.access;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What is needed to open a sign-in account. */
public record NewAccount(
    String username,
    String password,
    String displayName,
    Role role,
    @Nullable UUID allianceId,
    @Nullable UUID staffId,
    @Nullable UUID personId) {}
