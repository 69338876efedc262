package org.bridgeway.portal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A member of the person's team as the person is told of them: their name, the part they play, where they
 * work and their work email where the alliance has recorded one. Nothing else of their staff record is shown.
 */
public record TeamContact(String name, String role, boolean keyWorker, String organisation,
    @Nullable String team, @Nullable String workEmail, LocalDate since) {}
