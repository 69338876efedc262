package org.bridgeway.plans;

import java.time.LocalDate;
import java.util.List;

/** Plans in a person's words, for tests. */
public final class PlanSamples {

  private PlanSamples() {}

  public static PlanContent first(LocalDate today) {
    return new PlanContent("My son Danny and getting my own flat.", "I am a good cook and I never give up.",
        List.of(new PlanGoal(null, LifeDomain.HOME, "Move into my own flat", "Look at flats with Ade; fill in the form",
            "Ade and my sister", today.plusMonths(6))),
        "Call me before you visit. Talk to me, not about me.",
        List.of(new RiskItem("Going to the football on my own", "I feel like myself there",
            "I text Ade when I get home", "Ade phones my sister")),
        "I stop sleeping and stop answering the phone.", "Quiet, my sister, and a walk.", today.plusMonths(6));
  }

  public static PlanContent withWhatMatters(PlanContent plan, String whatMatters) {
    return new PlanContent(whatMatters, plan.strengths(), plan.goals(), plan.howSupported(), plan.risks(),
        plan.warningSigns(), plan.crisisHelp(), plan.reviewOn());
  }
}
