package org.bridgeway.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Recruitment panels with people who use services, for a period: of the panels whose interview date lies in the
 * period (both ends included), how many had at least one member who uses services, how many were chaired by one,
 * and how many had questions written by them; each share is the count over all panels in the period, as a
 * percentage to one decimal place (half up), or "no panels" when there were none.
 */
public record PanelFigure(LocalDate from, LocalDate to, int panels, int withServiceUsers, int chairedByServiceUsers,
    int questionsByServiceUsers) {

  public String withShare() {
    return share(withServiceUsers);
  }

  public String chairedShare() {
    return share(chairedByServiceUsers);
  }

  public String questionsShare() {
    return share(questionsByServiceUsers);
  }

  private String share(int count) {
    if (panels == 0) {
      return "no panels";
    }
    return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(panels), 1, RoundingMode.HALF_UP) + "%";
  }
}
