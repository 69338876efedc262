package org.bridgeway.plans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Two texts of a plan side by side, field by field, each field marked added, removed, changed or the same. Goals
 * are matched by id, so a goal reworded is a change and not a removal and an addition; risk items by their place.
 */
public record PlanComparison(String fromLabel, String toLabel, List<FieldChange> fields) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** What happened to a field between the two texts. */
  public enum Change {
    ADDED("Added"), REMOVED("Removed"), CHANGED("Changed"), SAME("No change");

    private final String label;

    Change(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One field in both texts; a section groups the fields of a goal or a risk item. */
  public record FieldChange(String section, String label, @Nullable String from, @Nullable String to,
      Change change) {

    public boolean changed() {
      return change != Change.SAME;
    }
  }

  public List<FieldChange> changes() {
    return fields.stream().filter(FieldChange::changed).toList();
  }

  public boolean anyChange() {
    return fields.stream().anyMatch(FieldChange::changed);
  }

  public static PlanComparison between(String fromLabel, PlanContent from, String toLabel, PlanContent to) {
    List<FieldChange> fields = new ArrayList<>();
    String about = "About me";
    add(fields, about, "What matters to me", from.whatMatters(), to.whatMatters());
    add(fields, about, "My strengths", from.strengths(), to.strengths());
    Map<UUID, PlanGoal> before = new LinkedHashMap<>();
    from.goals().forEach(g -> before.put(Objects.requireNonNull(g.id()), g));
    int number = 0;
    for (PlanGoal goal : to.goals()) {
      PlanGoal earlier = goal.id() == null ? null : before.remove(goal.id());
      goal(fields, "Goal " + (++number), earlier, goal);
    }
    for (PlanGoal gone : before.values()) {
      goal(fields, "Goal taken out", gone, null);
    }
    String support = "How I want to be supported";
    add(fields, support, "How I want to be supported", from.howSupported(), to.howSupported());
    for (int i = 0; i < Math.max(from.risks().size(), to.risks().size()); i++) {
      RiskItem a = i < from.risks().size() ? from.risks().get(i) : null;
      RiskItem b = i < to.risks().size() ? to.risks().get(i) : null;
      String section = "Positive risk-taking, item " + (i + 1);
      add(fields, section, "The risk", a == null ? null : a.risk(), b == null ? null : b.risk());
      add(fields, section, "The benefit to me", a == null ? null : a.benefit(), b == null ? null : b.benefit());
      add(fields, section, "What we agree", a == null ? null : a.agreed(), b == null ? null : b.agreed());
      add(fields, section, "What we do if it goes wrong", a == null ? null : a.ifItGoesWrong(),
          b == null ? null : b.ifItGoesWrong());
    }
    String crisis = "Staying well";
    add(fields, crisis, "Early warning signs", from.warningSigns(), to.warningSigns());
    add(fields, crisis, "What helps in a crisis", from.crisisHelp(), to.crisisHelp());
    add(fields, "Review", "Review date", day(from.reviewOn()), day(to.reviewOn()));
    return new PlanComparison(fromLabel, toLabel, fields);
  }

  private static void goal(List<FieldChange> fields, String section, @Nullable PlanGoal a, @Nullable PlanGoal b) {
    add(fields, section, "Goal", a == null ? null : a.goal(), b == null ? null : b.goal());
    add(fields, section, "Part of life", a == null || a.domain() == null ? null : a.domain().label(),
        b == null || b.domain() == null ? null : b.domain().label());
    add(fields, section, "Steps", a == null ? null : a.steps(), b == null ? null : b.steps());
    add(fields, section, "Who helps", a == null ? null : a.whoHelps(), b == null ? null : b.whoHelps());
    add(fields, section, "Target date", a == null ? null : day(a.targetDate()), b == null ? null : day(b.targetDate()));
  }

  private static void add(List<FieldChange> fields, String section, String label, @Nullable String from,
      @Nullable String to) {
    String a = PlanContent.blank(from) ? null : from.trim();
    String b = PlanContent.blank(to) ? null : to.trim();
    Change change = Objects.equals(a, b) ? Change.SAME : a == null ? Change.ADDED : b == null ? Change.REMOVED
        : Change.CHANGED;
    fields.add(new FieldChange(section, label, a, b, change));
  }

  private static @Nullable String day(@Nullable LocalDate date) {
    return date == null ? null : DAY.format(date);
  }
}
