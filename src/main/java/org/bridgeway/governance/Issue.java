package org.bridgeway.governance;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An issue raised at a meeting, with the actions that answer it. */
public record Issue(UUID id, UUID meetingId, String text, @Nullable String raisedBy, @Nullable String voidReason,
    List<ForumAction> actions) {

  public boolean voided() {
    return voidReason != null;
  }
}
