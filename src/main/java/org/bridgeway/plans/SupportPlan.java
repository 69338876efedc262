package org.bridgeway.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's plan as it stands: the latest agreed version (none before the first agreement), the current draft
 * (none when nothing is being changed), the history of agreed versions, newest first, and the progress recorded
 * against each goal, oldest first.
 */
public record SupportPlan(UUID personId, @Nullable AgreedPlan agreed, @Nullable PlanDraft draft,
    List<VersionSummary> versions, Map<UUID, List<ProgressEntry>> progress, LocalDate today) {

  /** The words to start editing from: the draft, else the latest agreed version, else nothing. */
  public PlanContent editable() {
    return draft != null ? draft.content() : agreed != null ? agreed.content() : PlanContent.empty();
  }

  /** The version a save must name: the draft's, or 0 when a save starts a new draft. */
  public int draftVersion() {
    return draft == null ? 0 : draft.version();
  }

  /** The goals to show progress for: the agreed plan's, else the draft's. */
  public List<PlanGoal> goals() {
    return agreed != null ? agreed.content().goals() : draft != null ? draft.content().goals() : List.of();
  }

  public List<ProgressEntry> progressOf(@Nullable UUID goalId) {
    return goalId == null ? List.of() : progress.getOrDefault(goalId, List.of());
  }

  /** The latest progress on the goal, if any. */
  public @Nullable ProgressEntry latestProgress(@Nullable UUID goalId) {
    List<ProgressEntry> entries = progressOf(goalId);
    return entries.isEmpty() ? null : entries.get(entries.size() - 1);
  }

  public boolean reviewOverdue() {
    return agreed != null && agreed.content().reviewOn() != null && agreed.content().reviewOn().isBefore(today);
  }
}
