package org.bridgeway.governance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A milestone of an initiative in a year, done or still to do. */
public record Milestone(UUID id, int year, String text, boolean done, @Nullable String voidReason, int version) {

  public boolean voided() {
    return voidReason != null;
  }
}
