package org.bridgeway.outcomes;

import java.util.ArrayList;
import java.util.List;

/**
 * DIALOG, shipped to every alliance (free to use, with attribution): eleven items rated from 1, totally
 * dissatisfied, to 7, totally satisfied. Items 1 to 8 are life domains, 9 to 11 treatment. Subjective quality of
 * life is the mean of items 1 to 8 (the total compared over time); treatment satisfaction the mean of items 9 to
 * 11. DIALOG+ asks after each item whether the person wants more help with it.
 */
public final class Dialog {

  public static final String CODE = "DIALOG";

  private static final String[] DOMAINS = {"Mental health", "Physical health", "Job situation", "Accommodation",
      "Leisure activities", "Friendships", "Partner or family", "Personal safety", "Medication", "Practical help",
      "Meetings with professionals"};

  private static final String[] QUESTIONS = {"How satisfied are you with your mental health?",
      "How satisfied are you with your physical health?",
      "How satisfied are you with your job situation?",
      "How satisfied are you with your accommodation?",
      "How satisfied are you with your leisure activities?",
      "How satisfied are you with your friendships?",
      "How satisfied are you with your partner or family?",
      "How satisfied are you with your personal safety?",
      "How satisfied are you with your medication?",
      "How satisfied are you with the practical help you receive?",
      "How satisfied are you with your meetings with mental health professionals?"};

  private static final String[] SNOMED = {"1037651000000100", "1037661000000102", "1037671000000109",
      "1037681000000106", "1037691000000108", "1037701000000108", "1037711000000105", "1037721000000104",
      "1037731000000102", "1037741000000106", "1037751000000109"};

  public static final Instrument INSTRUMENT = build();

  private Dialog() {}

  private static Instrument build() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      items.add(new Item(i + 1, QUESTIONS[i], DOMAINS[i], SNOMED[i], false));
    }
    return new Instrument(CODE, "DIALOG", "DIALOG+ (11 items)",
        "Free to use with attribution: DIALOG, Unit for Social and Community Psychiatry, Queen Mary University of "
            + "London.",
        true, true, 1, 7, "Totally dissatisfied", "Totally satisfied", "In the middle", true, items,
        List.of(new ScoreRule(1, "Subjective quality of life", ScoreRule.Method.MEAN, List.of(1, 2, 3, 4, 5, 6, 7, 8)),
            new ScoreRule(2, "Treatment satisfaction", ScoreRule.Method.MEAN, List.of(9, 10, 11))));
  }
}
