package org.bridgeway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.Staff;
import org.bridgeway.outcomes.Dialog;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.Item;
import org.bridgeway.outcomes.OutcomesBulkWriter;
import org.bridgeway.outcomes.OutcomesBulkWriter.PastResponse;
import org.bridgeway.outcomes.ScoreRule;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.springframework.stereotype.Component;

/**
 * Recovery outcomes: DIALOG every three to six months for about two people in three, over up to five years, mostly
 * improving slowly with ups and downs; the featured person fills in some of theirs themselves. The Leeds-like
 * alliance also holds a licence for SWEMWBS and has added it (its item texts are not shipped: the demo's stand in
 * for them) with answers for some of its people.
 */
@Component
class DemoOutcomes {

  static final String SWEMWBS = "SWEMWBS";

  private final OutcomesBulkWriter writer;
  private final Staff staff;

  DemoOutcomes(OutcomesBulkWriter writer, Staff staff) {
    this.writer = writer;
    this.staff = staff;
  }

  long write(UUID alliance, DemoAlliance blueprint, long seed, LocalDate today, Map<String, UUID> featuredStaff,
      long peopleWritten) {
    boolean licensed = blueprint.shortName().equals("leeds");
    writer.library(alliance, licensed ? List.of(swemwbs()) : List.of(), blueprint.shortName() + "-admin");
    String workerBy = blueprint.shortName() + "-worker";
    String workerName = staff.get(alliance, featuredStaff.get("worker")).fullName();
    SplittableRandom random = new SplittableRandom(seed ^ 0x0de0c0a1L);
    List<PastResponse> responses = new ArrayList<>();
    SyntheticPeople people = new SyntheticPeople(blueprint.area(), seed, peopleWritten, today, blueprint::featured);
    int index = 0;
    while (people.hasNext()) {
      NewPerson person = people.next();
      boolean featured = index++ == 0;
      if (!featured && random.nextInt(3) == 0) {
        continue;
      }
      String personName = (person.details().preferredName() == null ? person.details().givenName()
          : person.details().preferredName()) + " " + person.details().familyName();
      LocalDate on = today.minusDays(featured ? 3 * 365 : 60 + random.nextInt(5 * 365));
      double[] level = new double[11];
      for (int i = 0; i < 11; i++) {
        level[i] = 2.2 + random.nextDouble() * 2.5;
      }
      double swemwbs = 15 + random.nextDouble() * 8;
      boolean hasSwemwbs = licensed && random.nextInt(4) == 0;
      while (!on.isAfter(today)) {
        boolean byPerson = featured ? random.nextBoolean() : random.nextInt(10) == 0;
        List<Integer> answers = new ArrayList<>();
        List<Boolean> help = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
          level[i] = Math.max(1, Math.min(7, level[i] + 0.12 + random.nextGaussian() * 0.45));
          int answer = (int) Math.round(Math.max(1, Math.min(7, level[i] + random.nextGaussian() * 0.4)));
          answers.add(answer);
          help.add(answer <= 3 && random.nextInt(3) > 0);
        }
        responses.add(new PastResponse(RandomIds.next(random), person.id(), Dialog.CODE, on, byPerson,
            byPerson ? (featured ? blueprint.shortName() + "-person" : "demo") : workerBy,
            byPerson ? personName : workerName, answers, help));
        if (hasSwemwbs) {
          swemwbs = Math.max(7, Math.min(35, swemwbs + 0.5 + random.nextGaussian() * 1.5));
          List<Integer> items = new ArrayList<>();
          int left = (int) Math.round(swemwbs);
          for (int i = 0; i < 7; i++) {
            int share = Math.max(1, Math.min(5, Math.round(left / (float) (7 - i))));
            items.add(share);
            left -= share;
          }
          responses.add(new PastResponse(RandomIds.next(random), person.id(), SWEMWBS, on, false, workerBy,
              workerName, items, List.of()));
        }
        on = on.plusDays(91 + random.nextInt(92));
      }
    }
    return writer.write(alliance, responses);
  }

  /** SWEMWBS as an alliance holding its licence would set it up; the licensed item texts are not shipped. */
  private static Instrument swemwbs() {
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      items.add(new Item(i, "Item " + i + ": the licensed wording is kept by the alliance", "Wellbeing item " + i,
          null, false));
    }
    return new Instrument(SWEMWBS, "SWEMWBS", "7-item, licensed", "Licensed to the alliance by its owners; "
        + "item wording held under that licence", false, true, 1, 5, "None of the time", "All of the time",
        "Some of the time", false, items,
        List.of(new ScoreRule(1, "Total", ScoreRule.Method.SUM, List.of(1, 2, 3, 4, 5, 6, 7))));
  }
}
