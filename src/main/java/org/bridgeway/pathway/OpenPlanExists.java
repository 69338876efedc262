package org.bridgeway.pathway;

import java.util.UUID;
import org.bridgeway.shared.Refused;

/** A person has one open move plan at a time; this names the one already open. */
public class OpenPlanExists extends Refused {

  private final UUID openPlanId;

  public OpenPlanExists(UUID openPlanId, String message) {
    super("toServiceId", message);
    this.openPlanId = openPlanId;
  }

  public UUID openPlanId() {
    return openPlanId;
  }
}
