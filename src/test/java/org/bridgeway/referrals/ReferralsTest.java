package org.bridgeway.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.ReferralWorld.World;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Referrals against a real database: making them, their duplicates, triage, re-opening, conflicts, visibility. */
@BridgewayTest
class ReferralsTest {

  @Autowired ReferralWorld worlds;
  @Autowired Referrals referrals;
  @Autowired ReferralLists lists;
  @Autowired Triage triage;
  @Autowired DeclineReasons declineReasons;

  World world;
  CurrentUser referrer;

  @BeforeEach
  void setUp() {
    world = worlds.create();
    referrer = world.trustWorker();
  }

  @Test
  void aReferralIsReceivedWithItsFirstTimelineEntry() {
    UUID id = referrals.refer(referrer, world.referral(true));

    OpenedReferral opened = lists.open(referrer, id);
    assertThat(opened.referral().status()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(opened.referral().referredBy()).isEqualTo(referrer.username());
    assertThat(opened.timeline()).extracting(TimelineEntry::what).containsExactly("Referral received");
  }

  @Test
  void aReferralNamingAServiceOfAnotherAllianceIsRefusedAndNothingIsSaved() {
    World other = worlds.create();
    NewReferral foreign = new NewReferral(world.person(), ReferralSource.GP, "Dr Patel", null, null,
        world.referral(true).receivedOn(), "Low mood", false, List.of(other.recovery()), Urgency.ROUTINE, null, true,
        null, null);

    assertThatThrownBy(() -> referrals.refer(referrer, foreign)).isInstanceOf(InvalidInput.class)
        .hasMessage("Choose services from the list");
    assertThat(lists.mine(referrer, 0, 20).total()).isZero();
  }

  @Test
  void aSecondOpenReferralForTheSameServiceIsFlaggedAsADuplicateUntilOneIsDecided() {
    UUID first = referrals.refer(referrer, world.referral(true));
    UUID second = referrals.refer(referrer, world.referral(true));

    assertThat(lists.open(referrer, second).duplicates()).extracting(ReferralSummary::id).containsExactly(first);
    assertThat(lists.mine(referrer, 0, 20).items()).allMatch(ReferralSummary::duplicate);

    triage.signpost(referrer, first, 0, "Already supported by the recovery college");

    assertThat(lists.open(referrer, second).duplicated()).isFalse();
  }

  @Test
  void referralsForDifferentServicesAreNotDuplicates() {
    referrals.refer(referrer, world.referral(true));
    NewReferral flats = world.referral(true);
    UUID second = referrals.refer(referrer, new NewReferral(flats.personId(), flats.source(), flats.referrerName(),
        flats.referrerOrganisationId(), null, flats.receivedOn(), flats.reason(), false, List.of(world.flats()),
        flats.urgency(), null, true, null, null));

    assertThat(lists.open(referrer, second).duplicated()).isFalse();
  }

  @Test
  void aQuestionToTheReferrerIsAnsweredAndTheReferralIsBackWithTriage() {
    UUID id = referrals.refer(referrer, world.referral(true));
    triage.askForMoreInformation(world.charityWorker(), id, 0, "Is Sam registered with a GP?");

    Referral answered = triage.answer(referrer, id, 1, "Yes, with Brixton Hill surgery");

    assertThat(answered.status()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(lists.open(referrer, id).timeline()).extracting(TimelineEntry::what, TimelineEntry::detail)
        .containsSubsequence(
            org.assertj.core.groups.Tuple.tuple("More information asked for", "Is Sam registered with a GP?"),
            org.assertj.core.groups.Tuple.tuple("Question answered", "Yes, with Brixton Hill surgery"));
  }

  @Test
  void aDeclineGivesOneOfTheAlliancesReasonsAndIsReopenedOnlyWithAReason() {
    UUID id = referrals.refer(referrer, world.referral(true));
    DeclineReason criteria = declineReasons.active(world.alliance().id()).get(0);

    Referral declined = triage.decline(world.charityWorker(), id, 0, criteria.id(), "Needs nursing care first");
    assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(declined.statusReason()).isEqualTo(criteria.label() + ". Needs nursing care first");
    assertThat(declined.decidedOn()).isNotNull();

    assertThatThrownBy(() -> triage.reopen(referrer, id, 1, " ")).isInstanceOf(Refused.class)
        .hasMessage("Enter why the referral is being re-opened");
    assertThat(triage.reopen(referrer, id, 1, "Nursing assessment done").status())
        .isEqualTo(ReferralStatus.RECEIVED);
  }

  @Test
  void aMoveTheReferralsStateDoesNotAllowIsRefusedAndChangesNothing() {
    UUID id = referrals.refer(referrer, world.referral(true));
    triage.acceptForPanel(referrer, id, 0, null);

    assertThatThrownBy(() -> triage.reopen(referrer, id, 1, "Why not")).isInstanceOf(ReferralMoveRefused.class);
    assertThat(lists.open(referrer, id).referral().version()).isEqualTo(1);
  }

  @Test
  void aMoveFromAnOutOfDateVersionIsAConflictAndChangesNothing() {
    UUID id = referrals.refer(referrer, world.referral(true));
    triage.acceptForPanel(world.charityWorker(), id, 0, "Fits the service");

    assertThatThrownBy(() -> triage.signpost(referrer, id, 0, "Housing advice")).isInstanceOf(EditConflict.class);
    Referral now = lists.open(referrer, id).referral();
    assertThat(now.status()).isEqualTo(ReferralStatus.AWAITING_PANEL);
    assertThat(lists.open(referrer, id).timeline()).hasSize(2);
  }

  @Test
  void withoutConsentOnlyTheReferringAndReceivingOrganisationsSeeTheReferral() {
    UUID id = referrals.refer(referrer, world.referral(false));
    CurrentUser council = world.councilWorker();

    assertThat(lists.open(world.charityWorker(), id).referral().id()).isEqualTo(id);
    assertThat(lists.open(world.admin(), id).referral().id()).isEqualTo(id);
    assertThatThrownBy(() -> lists.open(council, id)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> triage.acceptForPanel(council, id, 0, null)).isInstanceOf(RecordNotFound.class);
    assertThat(lists.page(council, List.of(ReferralStatus.RECEIVED), 0, 20).items()).isEmpty();
    assertThat(lists.page(world.charityWorker(), List.of(ReferralStatus.RECEIVED), 0, 20).items())
        .extracting(ReferralSummary::id).containsExactly(id);
  }

  @Test
  void withConsentEveryWorkerOfTheAllianceSeesTheReferral() {
    UUID id = referrals.refer(referrer, world.referral(true));

    assertThat(lists.open(world.councilWorker(), id).referral().id()).isEqualTo(id);
    assertThat(lists.page(world.councilWorker(), List.of(ReferralStatus.RECEIVED), 0, 20).total()).isEqualTo(1);
  }

  @Test
  void theReferrerSeesTheOutcomeOfEveryReferralTheyMade() {
    UUID id = referrals.refer(referrer, world.referral(false));
    triage.signpost(world.charityWorker(), id, 0, "Better met by the housing team");

    ReferralSummary mine = lists.mine(referrer, 0, 20).items().get(0);
    assertThat(mine.status()).isEqualTo(ReferralStatus.SIGNPOSTED);
    assertThat(mine.statusReason()).isEqualTo("Better met by the housing team");
    assertThat(mine.latest().what()).isEqualTo("Signposted elsewhere");
  }
}
