package org.bridgeway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.bridgeway.referrals.DeclineReason;
import org.bridgeway.referrals.DeclineReasons;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.ReferralsBulkWriter;
import org.bridgeway.referrals.ReferralsBulkWriter.PastEvent;
import org.bridgeway.referrals.ReferralsBulkWriter.PastReferral;
import org.bridgeway.referrals.Urgency;
import org.springframework.stereotype.Component;

/**
 * Referrals with a past for each demo alliance: received over the last 18 months, in every state, each with its
 * timeline, decision and first-contact dates, made by the demo worker so their "My referrals" is full. Decisions
 * fall on the panel's days (see {@link PanelDays}), except those since the last meeting.
 */
@Component
class DemoReferrals {

  static final int PER_ALLIANCE = 120;
  private static final ReferralStatus[] EVERY_STATE = ReferralStatus.values();
  private static final Weighted<ReferralStatus> DECIDED = Weighted.of(ReferralStatus.ALLOCATED, 50,
      ReferralStatus.WAITING_LIST, 15, ReferralStatus.SIGNPOSTED, 15, ReferralStatus.DECLINED, 12,
      ReferralStatus.AWAITING_PANEL, 8);
  private static final Weighted<ReferralStatus> RECENT = Weighted.of(ReferralStatus.RECEIVED, 5,
      ReferralStatus.MORE_INFORMATION_REQUESTED, 2, ReferralStatus.AWAITING_PANEL, 3);
  private static final Weighted<ReferralSource> SOURCE = Weighted.of(ReferralSource.COMMUNITY_TEAM, 35,
      ReferralSource.WARD, 25, ReferralSource.GP, 15, ReferralSource.PRACTITIONER, 10, ReferralSource.FAMILY, 7,
      ReferralSource.OTHER_AGENCY, 5, ReferralSource.SELF, 3);
  private static final List<String> REASONS = List.of(
      "Ready to leave the rehabilitation ward and wants to live more independently",
      "Struggling to manage the tenancy since the last admission; rent arrears building up",
      "Isolated at home, stopped going out, would like support to reconnect with the community",
      "Placement out of area for three years; family would like them closer to home",
      "Wants help to get back to work and to manage money");

  private final ReferralsBulkWriter writer;
  private final Services services;
  private final Organisations organisations;
  private final DeclineReasons declineReasons;

  DemoReferrals(ReferralsBulkWriter writer, Services services, Organisations organisations,
      DeclineReasons declineReasons) {
    this.writer = writer;
    this.services = services;
    this.organisations = organisations;
    this.declineReasons = declineReasons;
  }

  /** Passes people through, remembering the first ones' ids to refer them. */
  static Iterator<NewPerson> remembering(Iterator<NewPerson> people, List<UUID> into) {
    return new Iterator<>() {
      public boolean hasNext() {
        return people.hasNext();
      }

      public NewPerson next() {
        NewPerson person = people.next();
        if (into.size() < PER_ALLIANCE) {
          into.add(person.id());
        }
        return person;
      }
    };
  }

  /** Writes the referrals and gives them back, for the panels that decided them. */
  List<PastReferral> write(UUID alliance, String shortName, List<UUID> people, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
    List<ServiceRecord> referable = services.all(alliance).stream()
        .filter(s -> s.kind() != ServiceKind.DROP_IN).toList();
    List<Organisation> partners = organisations.all(alliance);
    List<DeclineReason> reasons = declineReasons.active(alliance);
    List<PastReferral> referrals = new ArrayList<>();
    for (int i = 0; i < people.size() && !referable.isEmpty(); i++) {
      referrals.add(referral(i, people.get(i), shortName, today, random, referable, partners, reasons));
    }
    writer.write(alliance, referrals);
    return referrals;
  }

  private PastReferral referral(int i, UUID person, String shortName, LocalDate today, SplittableRandom random,
      List<ServiceRecord> referable, List<Organisation> partners, List<DeclineReason> reasons) {
    int age = i < EVERY_STATE.length ? 20 + random.nextInt(60) : random.nextInt(540);
    LocalDate received = today.minusDays(age);
    ReferralStatus status = i < EVERY_STATE.length ? EVERY_STATE[i] : age < 21 ? RECENT.pick(random)
        : DECIDED.pick(random);
    boolean panel = random.nextInt(4) == 0;
    ServiceRecord service = Weighted.any(referable, random);
    String worker = shortName + "-worker";
    String panelMember = shortName + "-panel";
    List<PastEvent> timeline = new ArrayList<>();
    timeline.add(new PastEvent(received, worker, "REFERRED", null, ReferralStatus.RECEIVED, "Referral received"));
    LocalDate decided = null;
    LocalDate firstContact = null;
    String why = null;
    UUID declineReason = null;
    LocalDate triaged = min(received.plusDays(1 + random.nextInt(7)), today);
    if (status == ReferralStatus.MORE_INFORMATION_REQUESTED) {
      why = "Could you tell us about their physical health and current medication?";
      timeline.add(new PastEvent(triaged, panelMember, "MORE_INFORMATION_REQUESTED", ReferralStatus.RECEIVED,
          status, why));
    } else if (status != ReferralStatus.RECEIVED) {
      timeline.add(new PastEvent(triaged, panelMember, "ACCEPTED_FOR_PANEL", ReferralStatus.RECEIVED,
          ReferralStatus.AWAITING_PANEL, null));
    }
    if (status.decided()) {
      decided = PanelDays.before(today).firstFrom(min(triaged.plusDays(3 + random.nextInt(45)), today));
      DeclineReason declined = reasons.isEmpty() ? null : reasons.get(random.nextInt(reasons.size()));
      why = switch (status) {
        case SIGNPOSTED -> "Better met by the recovery college and the housing options team";
        case DECLINED -> declined == null ? "Does not meet the service's criteria" : declined.label();
        case WAITING_LIST -> "No place free now; added to the waiting list";
        default -> "Allocated by the panel";
      };
      if (status == ReferralStatus.DECLINED && declined != null) {
        declineReason = declined.id();
      }
      timeline.add(new PastEvent(decided, panelMember, status.name(), ReferralStatus.AWAITING_PANEL, status, why));
      boolean seen = status == ReferralStatus.ALLOCATED ? random.nextInt(10) < 9
          : status == ReferralStatus.WAITING_LIST && random.nextInt(3) == 0;
      if (seen) {
        firstContact = min(decided.plusDays(1 + random.nextInt(random.nextInt(5) == 0 ? 60 : 20)), today);
        timeline.add(new PastEvent(firstContact, worker, "FIRST_CONTACT", null, null,
            "First contact on " + firstContact));
      }
    }
    Organisation from = Weighted.any(partners, random);
    return new PastReferral(UUID.randomUUID(), person, SOURCE.pick(random), "Demo referrer", from.id(), worker,
        received, Weighted.any(REASONS, random), panel, panel ? List.of() : List.of(service.id()),
        Weighted.any(List.of(Urgency.values()), random), random.nextInt(10) < 8, status, why, declineReason,
        decided, firstContact, service.id(), timeline);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
