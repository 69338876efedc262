package org.bridgeway.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The words of a support plan, as the person would say them. Goals and risk items are numbered from 0 in the
 * fields a problem names ({@code goal-0-goal}, {@code risk-1-risk}).
 */
public record PlanContent(
    @Nullable String whatMatters,
    @Nullable String strengths,
    List<PlanGoal> goals,
    @Nullable String howSupported,
    List<RiskItem> risks,
    @Nullable String warningSigns,
    @Nullable String crisisHelp,
    @Nullable LocalDate reviewOn) {

  public static final int LONGEST_TEXT = 5_000;
  public static final int MOST_GOALS = 20;
  public static final int MOST_RISKS = 10;

  public PlanContent {
    goals = goals == null ? List.of() : List.copyOf(goals);
    risks = risks == null ? List.of() : List.copyOf(risks);
  }

  /** A plan with nothing written yet. */
  public static PlanContent empty() {
    return new PlanContent(null, null, List.of(), null, List.of(), null, null, null);
  }

  /** Everything wrong with it, each beside its field; none when it may be saved as a draft. */
  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(whatMatters)) {
      problems.add(new FieldProblem("whatMatters", "Write what matters to the person, in their words"));
    }
    text(problems, "whatMatters", whatMatters);
    text(problems, "strengths", strengths);
    text(problems, "howSupported", howSupported);
    text(problems, "warningSigns", warningSigns);
    text(problems, "crisisHelp", crisisHelp);
    if (goals.size() > MOST_GOALS) {
      problems.add(new FieldProblem("goals", "A plan can have up to " + MOST_GOALS + " goals"));
    }
    for (int i = 0; i < goals.size(); i++) {
      PlanGoal g = goals.get(i);
      String field = "goal-" + i + "-";
      if (g.domain() == null) {
        problems.add(new FieldProblem(field + "domain", "Goal " + (i + 1) + ": select the part of life it is about"));
      }
      if (blank(g.goal())) {
        problems.add(new FieldProblem(field + "goal", "Goal " + (i + 1) + ": write the goal"));
      }
      text(problems, field + "goal", g.goal());
      text(problems, field + "steps", g.steps());
      text(problems, field + "whoHelps", g.whoHelps());
    }
    if (risks.size() > MOST_RISKS) {
      problems.add(new FieldProblem("risks", "A plan can have up to " + MOST_RISKS + " risk items"));
    }
    for (int i = 0; i < risks.size(); i++) {
      RiskItem r = risks.get(i);
      String field = "risk-" + i + "-";
      if (blank(r.risk())) {
        problems.add(new FieldProblem(field + "risk", "Risk " + (i + 1) + ": write what the risk is"));
      }
      text(problems, field + "risk", r.risk());
      text(problems, field + "benefit", r.benefit());
      text(problems, field + "agreed", r.agreed());
      text(problems, field + "ifItGoesWrong", r.ifItGoesWrong());
    }
    if (reviewOn == null) {
      problems.add(new FieldProblem("reviewOn", "Enter the date the plan will be reviewed, like 10 5 2027"));
    } else if (reviewOn.isBefore(today)) {
      problems.add(new FieldProblem("reviewOn", "The review date cannot be in the past"));
    } else if (reviewOn.isAfter(today.plusYears(2))) {
      problems.add(new FieldProblem("reviewOn", "Review the plan within 2 years"));
    }
    return problems;
  }

  /** The same words, with every goal given an id, trimmed. */
  public PlanContent tidied() {
    return new PlanContent(trim(whatMatters), trim(strengths),
        goals.stream().map(g -> new PlanGoal(g.id() == null ? UUID.randomUUID() : g.id(), g.domain(), trim(g.goal()),
            trim(g.steps()), trim(g.whoHelps()), g.targetDate())).toList(),
        trim(howSupported),
        risks.stream().map(r -> new RiskItem(trim(r.risk()), trim(r.benefit()), trim(r.agreed()),
            trim(r.ifItGoesWrong()))).toList(),
        trim(warningSigns), trim(crisisHelp), reviewOn);
  }

  /** The goal with the id, if the plan has it. */
  public @Nullable PlanGoal goal(UUID id) {
    return goals.stream().filter(g -> id.equals(g.id())).findFirst().orElse(null);
  }

  private static void text(List<FieldProblem> problems, String field, @Nullable String text) {
    if (text != null && text.trim().length() > LONGEST_TEXT) {
      problems.add(new FieldProblem(field, "Keep this to " + LONGEST_TEXT + " characters or fewer"));
    }
  }

  static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  private static @Nullable String trim(@Nullable String text) {
    return blank(text) ? null : text.trim();
  }
}
