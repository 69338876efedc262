package org.bridgeway.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action answering an issue: what is to be done, the member of staff who owns it and when it is due. It is
 * open until closed on a day with what was done; an open action past its due date is overdue.
 */
public record ForumAction(UUID id, UUID issueId, UUID meetingId, LocalDate meetingOn, String issue, String what,
    UUID ownerId, String ownerName, LocalDate dueOn, @Nullable LocalDate closedOn, @Nullable String whatWeDid,
    @Nullable Instant voidedAt, @Nullable String voidedBy, @Nullable String voidReason, int version) {

  public boolean closed() {
    return closedOn != null;
  }

  public boolean voided() {
    return voidedAt != null;
  }

  /** Open, not voided, and due before the day. */
  public boolean overdueOn(LocalDate day) {
    return !closed() && !voided() && dueOn.isBefore(day);
  }

  public String status() {
    return closed() ? "Closed" : "Open";
  }

  public ActionDetails details() {
    return new ActionDetails(what, ownerId, dueOn);
  }
}
