package org.bridgeway.governance;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An improvement initiative or pilot as read, with its milestones by year and its outcome measures. */
public record Initiative(UUID id, String title, String aims, @Nullable UUID localityId,
    @Nullable String localityName, @Nullable String area, InitiativeStatus status, Set<Involvement> involvement,
    @Nullable EvaluationKind evaluation, @Nullable String outcomes, List<Milestone> milestones,
    List<Measure> measures, @Nullable Instant voidedAt, @Nullable String voidedBy, @Nullable String voidReason,
    int version) {

  public boolean voided() {
    return voidedAt != null;
  }

  /** The locality, the area in words, or both. */
  public String areaText() {
    if (localityName != null && area != null) {
      return localityName + " (" + area + ")";
    }
    return localityName != null ? localityName : area != null ? area : "Whole alliance";
  }

  public String involvementText() {
    return involvement.isEmpty() ? "Not involved"
        : String.join(", ", involvement.stream().sorted().map(Involvement::label).toList());
  }

  /** The years its standing milestones span: "2005 to 2009", one year, or "No milestones". */
  public String years() {
    var years = milestones.stream().filter(m -> !m.voided()).mapToInt(Milestone::year).summaryStatistics();
    if (years.getCount() == 0) {
      return "No milestones";
    }
    return years.getMin() == years.getMax() ? String.valueOf(years.getMin())
        : years.getMin() + " to " + years.getMax();
  }

  public InitiativeDetails details() {
    return new InitiativeDetails(title, aims, localityId, area, status, involvement, evaluation, outcomes);
  }
}
