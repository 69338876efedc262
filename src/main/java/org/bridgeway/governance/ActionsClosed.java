package org.bridgeway.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The co-production figure "forum actions closed" for a period of whole days, both ends included. Only actions
 * that are not voided, of issues and meetings that are not voided, count.
 * <ul>
 *   <li>{@code closed}: actions whose closing date lies in the period.</li>
 *   <li>{@code due}: actions whose due date lies in the period.</li>
 *   <li>{@code dueAndClosed}: of those due, the ones closed on or before the period's last day (closed early
 *       counts; closed after the period does not).</li>
 *   <li>share: dueAndClosed / due as a percentage to one decimal place, rounded half-up; none when nothing was
 *       due.</li>
 * </ul>
 */
public record ActionsClosed(LocalDate from, LocalDate to, long closed, long due, long dueAndClosed) {

  public static final String DEFINITION = "Actions closed: forum actions whose closing date lies in the period. "
      + "Share closed: of the actions due in the period, the share closed by the period's last day. Voided actions, "
      + "and actions of voided issues or meetings, are left out.";

  public @Nullable BigDecimal sharePercent() {
    if (due == 0) {
      return null;
    }
    return BigDecimal.valueOf(dueAndClosed * 100).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
  }

  public String shareText() {
    BigDecimal share = sharePercent();
    return share == null ? "No actions were due" : share.toPlainString() + "%";
  }
}
