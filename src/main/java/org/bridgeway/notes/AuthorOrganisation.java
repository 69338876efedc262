package org.bridgeway.notes;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation whose staff wrote notes on the person's record; no id for the alliance itself. */
public record AuthorOrganisation(@Nullable UUID id, String name) {}
