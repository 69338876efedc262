package org.bridgeway.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.Locality;
import org.bridgeway.governance.EvaluationKind;
import org.bridgeway.governance.GovernanceBulkWriter.PastInitiative;
import org.bridgeway.governance.InitiativeDetails;
import org.bridgeway.governance.InitiativeStatus;
import org.bridgeway.governance.Involvement;
import org.bridgeway.governance.NewMeasure;
import org.bridgeway.governance.NewMilestone;
import org.jspecify.annotations.Nullable;

/**
 * The improvement initiatives of each demo alliance. Leeds-like: the area pilot, the move from day centres to a
 * network of drop-ins and the employment team, with milestones from 2005 to 2009. Lambeth-like: the collaborative's
 * hub, stepping down from residential care and peer-led recruitment, from 2014 to 2018.
 */
final class DemoInitiatives {

  private DemoInitiatives() {}

  static List<PastInitiative> leeds(List<Locality> places) {
    return List.of(
        initiative("Area pilot in East North East Leeds", "Try the new way of working in one area first: one team "
            + "for health and social care, and support to move on from residential care.",
            place(places, "East North East Leeds"), null, InitiativeStatus.COMPLETED,
            EnumSet.of(Involvement.FROM_START, Involvement.DURING, Involvement.IN_EVALUATION),
            EvaluationKind.ACADEMIC, "Fewer people placed out of area, and more with a life in the community.",
            List.of(done(2005, "Forum members join the steering group"), done(2006, "Pilot starts in the area"),
                done(2007, "Independent evaluation by the university"), done(2008, "Pilot extended across the city")),
            List.of(measure("People placed out of area", "-12", "people"),
                measure("People with a community connection", "65", "%"))),
        initiative("From day centres to a network of drop-ins", "Replace the day centres with drop-ins people can "
            + "reach from home, open to anyone and run with the people who use them.", null, "The whole city",
            InitiativeStatus.COMPLETED, EnumSet.of(Involvement.FROM_START, Involvement.DURING),
            EvaluationKind.COLLABORATIVE, "Drop-ins across the city, more people coming, and members running groups.",
            List.of(done(2006, "Consultation with day centre members"), done(2007, "First three drop-ins open"),
                done(2008, "The day centre buildings close"), done(2009, "A network of twelve drop-ins")),
            List.of(measure("Drop-ins open", "12", null), measure("People coming each month", "540", "people"))),
        initiative("The employment team", "Help people into paid work with employment specialists in the "
            + "teams, following individual placement and support.", null, "The whole city",
            InitiativeStatus.COMPLETED, EnumSet.of(Involvement.DURING, Involvement.IN_EVALUATION),
            EvaluationKind.PEER, "People found and kept jobs of their choosing.",
            List.of(done(2007, "Employment specialists join the teams"), done(2008, "First fidelity review"),
                done(2009, "The employment team covers the whole city")),
            List.of(measure("Job starts in the year", "48", "jobs"))),
        initiative("Peer support workers in every team", "Every team has a worker with lived experience.", null,
            null, InitiativeStatus.RUNNING, EnumSet.of(Involvement.FROM_START), null, null,
            List.of(done(2009, "First peer support workers recruited"), new NewMilestone(2010,
                "Peer support worker in every team", false)), List.of()));
  }

  static List<PastInitiative> lambeth(List<Locality> places) {
    return List.of(
        initiative("The Living Well hub", "One front door for anyone who needs help with their mental health, "
            + "run by the partners together.", place(places, "Brixton pilot area"), null, InitiativeStatus.COMPLETED,
            EnumSet.of(Involvement.FROM_START, Involvement.DURING), EvaluationKind.COLLABORATIVE,
            "People are seen sooner, and most never need a referral to secondary care.",
            List.of(done(2014, "The hub opens in the pilot area"), done(2015, "The hub covers the whole borough"),
                done(2016, "Review with people who used the hub")),
            List.of(measure("Days from first contact to being seen", "3", "days"))),
        initiative("Stepping down from residential care", "Help people in residential care move to supported "
            + "living or their own homes, with the support they need.", null, "The whole borough",
            InitiativeStatus.COMPLETED, EnumSet.of(Involvement.DURING, Involvement.IN_EVALUATION),
            EvaluationKind.ACADEMIC, "People moved on and the alliance saved on its original budget.",
            List.of(done(2015, "Alliance contract starts"), done(2016, "First people move to supported living"),
                done(2017, "Evaluation by the university"), done(2018, "Savings reinvested in community support")),
            List.of(measure("People moved on", "65", "people"), measure("Saving on the original budget", "23", "%"))),
        initiative("Peer-led recruitment", "People who use services sit on, and chair, interview panels.", null,
            null, InitiativeStatus.RUNNING, EnumSet.of(Involvement.FROM_START, Involvement.DURING),
            EvaluationKind.PEER, null,
            List.of(done(2016, "Training for panel members"), done(2017, "First panel chaired by a member"),
                new NewMilestone(2018, "Members on every panel", false)), List.of()));
  }

  private static PastInitiative initiative(String title, String aims, @Nullable UUID locality, @Nullable String area,
      InitiativeStatus status, EnumSet<Involvement> involvement, @Nullable EvaluationKind evaluation,
      @Nullable String outcomes, List<NewMilestone> milestones, List<NewMeasure> measures) {
    return new PastInitiative(UUID.nameUUIDFromBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new InitiativeDetails(title, aims, locality, area, status, involvement, evaluation, outcomes), milestones,
        measures);
  }

  private static @Nullable UUID place(List<Locality> places, String name) {
    return places.stream().filter(l -> l.name().equals(name)).map(Locality::id).findFirst().orElse(null);
  }

  private static NewMilestone done(int year, String text) {
    return new NewMilestone(year, text, true);
  }

  private static NewMeasure measure(String name, String value, @Nullable String unit) {
    return new NewMeasure(name, new BigDecimal(value), unit);
  }
}
