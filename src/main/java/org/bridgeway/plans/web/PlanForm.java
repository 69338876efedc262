package org.bridgeway.plans.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.plans.LifeDomain;
import org.bridgeway.plans.PlanContent;
import org.bridgeway.plans.PlanGoal;
import org.bridgeway.plans.RiskItem;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * What the plan form sends: the plan's words, each goal and risk item as numbered fields ({@code goal-0-goal},
 * {@code risk-1-benefit}), with one empty goal and one empty risk item to fill in; an empty one is left out, and
 * a goal ticked "take out" is taken out. Dates come as three fields each.
 */
record PlanForm(int version, @Nullable String whatMatters, @Nullable String strengths,
    @Nullable String howSupported, @Nullable String warningSigns, @Nullable String crisisHelp,
    @Nullable String reviewOnDay, @Nullable String reviewOnMonth, @Nullable String reviewOnYear,
    List<GoalRow> goals, List<RiskRow> risks) {

  /** A goal as typed. */
  record GoalRow(int index, @Nullable String id, @Nullable String domain, @Nullable String goal,
      @Nullable String steps, @Nullable String whoHelps, @Nullable String targetDay, @Nullable String targetMonth,
      @Nullable String targetYear, boolean remove) {

    public boolean empty() {
      return blank(domain) && blank(goal) && blank(steps) && blank(whoHelps)
          && DateParts.blank(targetDay, targetMonth, targetYear);
    }
  }

  /** A risk item as typed. */
  record RiskRow(int index, @Nullable String risk, @Nullable String benefit, @Nullable String agreed,
      @Nullable String ifItGoesWrong) {

    public boolean empty() {
      return blank(risk) && blank(benefit) && blank(agreed) && blank(ifItGoesWrong);
    }
  }

  static PlanForm of(int version, PlanContent plan) {
    List<GoalRow> goals = new ArrayList<>();
    for (PlanGoal g : plan.goals()) {
      LocalDate target = g.targetDate();
      goals.add(new GoalRow(goals.size(), g.id() == null ? null : g.id().toString(),
          g.domain() == null ? null : g.domain().name(), g.goal(), g.steps(), g.whoHelps(),
          target == null ? null : String.valueOf(target.getDayOfMonth()),
          target == null ? null : String.valueOf(target.getMonthValue()),
          target == null ? null : String.valueOf(target.getYear()), false));
    }
    goals.add(new GoalRow(goals.size(), null, null, null, null, null, null, null, null, false));
    List<RiskRow> risks = new ArrayList<>();
    for (RiskItem r : plan.risks()) {
      risks.add(new RiskRow(risks.size(), r.risk(), r.benefit(), r.agreed(), r.ifItGoesWrong()));
    }
    risks.add(new RiskRow(risks.size(), null, null, null, null));
    LocalDate review = plan.reviewOn();
    return new PlanForm(version, plan.whatMatters(), plan.strengths(), plan.howSupported(), plan.warningSigns(),
        plan.crisisHelp(), review == null ? null : String.valueOf(review.getDayOfMonth()),
        review == null ? null : String.valueOf(review.getMonthValue()),
        review == null ? null : String.valueOf(review.getYear()), goals, risks);
  }

  static PlanForm from(MultiValueMap<String, String> sent) {
    List<GoalRow> goals = new ArrayList<>();
    for (int i = 0; sent.containsKey("goal-" + i + "-goal"); i++) {
      String p = "goal-" + i + "-";
      goals.add(new GoalRow(i, sent.getFirst(p + "id"), sent.getFirst(p + "domain"), sent.getFirst(p + "goal"),
          sent.getFirst(p + "steps"), sent.getFirst(p + "whoHelps"), sent.getFirst(p + "targetDay"),
          sent.getFirst(p + "targetMonth"), sent.getFirst(p + "targetYear"), "true".equals(sent.getFirst(p + "remove"))));
    }
    List<RiskRow> risks = new ArrayList<>();
    for (int i = 0; sent.containsKey("risk-" + i + "-risk"); i++) {
      String p = "risk-" + i + "-";
      risks.add(new RiskRow(i, sent.getFirst(p + "risk"), sent.getFirst(p + "benefit"), sent.getFirst(p + "agreed"),
          sent.getFirst(p + "ifItGoesWrong")));
    }
    int version;
    try {
      version = Integer.parseInt(String.valueOf(sent.getFirst("version")).trim());
    } catch (NumberFormatException e) {
      version = -1;
    }
    return new PlanForm(version, sent.getFirst("whatMatters"), sent.getFirst("strengths"),
        sent.getFirst("howSupported"), sent.getFirst("warningSigns"), sent.getFirst("crisisHelp"),
        sent.getFirst("reviewOnDay"), sent.getFirst("reviewOnMonth"), sent.getFirst("reviewOnYear"), goals, risks);
  }

  /**
   * The plan typed, with empty rows and goals taken out left out; a date that is not a real one is a problem of
   * its own. Problems name the goal by its number in the plan saved, so the fields are renumbered to match.
   */
  PlanContent plan() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate review = date(problems, "reviewOn", reviewOnDay, reviewOnMonth, reviewOnYear);
    List<PlanGoal> kept = new ArrayList<>();
    for (GoalRow g : goals) {
      if (g.empty() || g.remove()) {
        continue;
      }
      LocalDate target = date(problems, "goal-" + g.index() + "-target", g.targetDay(), g.targetMonth(),
          g.targetYear());
      kept.add(new PlanGoal(uuid(g.id()), domain(g.domain()), g.goal(), g.steps(), g.whoHelps(), target));
    }
    List<RiskItem> items = risks.stream().filter(r -> !r.empty())
        .map(r -> new RiskItem(r.risk(), r.benefit(), r.agreed(), r.ifItGoesWrong())).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new PlanContent(whatMatters, strengths, kept, howSupported, items, warningSigns, crisisHelp, review);
  }

  /** The form's field for a problem the plan names: its goals and risk items are numbered as kept, not as typed. */
  Map<String, String> fieldNames() {
    Map<String, String> names = new LinkedHashMap<>();
    int kept = 0;
    for (GoalRow g : goals) {
      if (g.empty() || g.remove()) {
        continue;
      }
      for (String part : List.of("domain", "goal", "steps", "whoHelps", "target")) {
        names.put("goal-" + kept + "-" + part, "goal-" + g.index() + "-" + part);
      }
      kept++;
    }
    kept = 0;
    for (RiskRow r : risks) {
      if (r.empty()) {
        continue;
      }
      for (String part : List.of("risk", "benefit", "agreed", "ifItGoesWrong")) {
        names.put("risk-" + kept + "-" + part, "risk-" + r.index() + "-" + part);
      }
      kept++;
    }
    return names;
  }

  /** The same form with one more empty goal and risk item if the last ones were used. */
  PlanForm withRoom() {
    List<GoalRow> g = new ArrayList<>(goals);
    if (g.isEmpty() || !g.get(g.size() - 1).empty()) {
      g.add(new GoalRow(g.size(), null, null, null, null, null, null, null, null, false));
    }
    List<RiskRow> r = new ArrayList<>(risks);
    if (r.isEmpty() || !r.get(r.size() - 1).empty()) {
      r.add(new RiskRow(r.size(), null, null, null, null));
    }
    return new PlanForm(version, whatMatters, strengths, howSupported, warningSigns, crisisHelp, reviewOnDay,
        reviewOnMonth, reviewOnYear, g, r);
  }

  PlanForm atVersion(int newVersion) {
    return new PlanForm(newVersion, whatMatters, strengths, howSupported, warningSigns, crisisHelp, reviewOnDay,
        reviewOnMonth, reviewOnYear, goals, risks);
  }

  static Map<String, String> domains() {
    Map<String, String> domains = new LinkedHashMap<>();
    Arrays.stream(LifeDomain.values()).forEach(d -> domains.put(d.name(), d.label()));
    return domains;
  }

  private static @Nullable LocalDate date(List<FieldProblem> problems, String field, @Nullable String day,
      @Nullable String month, @Nullable String year) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    LocalDate date = DateParts.parse(day, month, year).orElse(null);
    if (date == null) {
      problems.add(new FieldProblem(field, "Enter a real date, like 10 5 2027"));
    }
    return date;
  }

  private static @Nullable LifeDomain domain(@Nullable String name) {
    return Arrays.stream(LifeDomain.values()).filter(d -> d.name().equals(name)).findFirst().orElse(null);
  }

  private static @Nullable UUID uuid(@Nullable String text) {
    try {
      return blank(text) ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
