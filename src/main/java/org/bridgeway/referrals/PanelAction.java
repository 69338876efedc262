package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Something the panel agreed someone will do, by when; done once marked so. */
public record PanelAction(UUID id, @Nullable UUID referralId, @Nullable String personName, String action,
    String owner, @Nullable LocalDate dueOn, @Nullable LocalDate doneOn) {

  public boolean done() {
    return doneOn != null;
  }
}
