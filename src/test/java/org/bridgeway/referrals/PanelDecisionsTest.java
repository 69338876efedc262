package org.bridgeway.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.referrals.PanelScenario.Scene;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@BridgewayTest
@RecordApplicationEvents
class PanelDecisionsTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired PanelScenario scenario;
  @Autowired Panels panels;
  @Autowired PanelDecisions decisions;
  @Autowired WaitingLists waitingLists;
  @Autowired Referrals referrals;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  Scene scene;
  UUID panel;

  @BeforeEach
  void setUp() {
    scene = scenario.create();
    panel = scenario.meeting(scene, TODAY);
  }

  PanelDecision decision(PanelOutcome outcome, String reasons, int version, UUID... services) {
    return new PanelDecision(outcome, reasons, List.of(services), scene.keyWorker(),
        List.of(new TeamMemberChoice(scene.peerWorker(), "Peer support")), TODAY.plusDays(7), version);
  }

  List<String> agendaNames(UUID meeting) {
    return panels.view(scene.member(), meeting).agenda().stream().map(PanelAgendaItem::personName).toList();
  }

  @Test
  void theAgendaTakesTheUrgentFirstThenTheLongestWaiting() {
    scenario.awaiting(scene, "Routine-old", Urgency.ROUTINE, TODAY.minusDays(90), scene.flats());
    scenario.awaiting(scene, "Urgent-new", Urgency.URGENT, TODAY.minusDays(2), scene.flats());
    scenario.awaiting(scene, "Soon", Urgency.SOON, TODAY.minusDays(30));
    scenario.awaiting(scene, "Urgent-old", Urgency.URGENT, TODAY.minusDays(20), scene.floating());

    assertThat(agendaNames(panel)).containsExactly("Urgent-old Okafor", "Urgent-new Okafor", "Soon Okafor",
        "Routine-old Okafor");
    PanelAgendaItem first = panels.view(scene.member(), panel).agenda().get(0);
    assertThat(first.daysWaiting()).isEqualTo(20);
    assertThat(first.requestedServices()).containsExactly("Floating support");
  }

  @Test
  void aDecisionWithNoReasonsIsRefusedAndChangesNothing() {
    UUID referral = scenario.awaiting(scene, "Sam", Urgency.SOON, TODAY.minusDays(10), scene.flats());

    assertThatThrownBy(() -> decisions.decide(scene.member(), panel, referral,
        decision(PanelOutcome.ALLOCATE, "  ", 1, scene.flats())))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("Enter the reasons");

    assertThat(referrals.read(scene.manager(), referral).status()).isEqualTo(ReferralStatus.AWAITING_PANEL);
    assertThat(count("panel_decision", referral)).isZero();
    assertThat(count("allocation", referral)).isZero();
    assertThat(events.stream(ReferralAllocated.class)).isEmpty();
  }

  @Test
  void aReferralThatIsNotAwaitingThePanelCannotBeDecided() {
    UUID referral = scenario.awaiting(scene, "Sam", Urgency.SOON, TODAY.minusDays(10), scene.flats());
    decisions.decide(scene.member(), panel, referral, decision(PanelOutcome.DECLINE, "Needs are met already", 1));

    assertThatThrownBy(() -> decisions.decide(scene.member(), scenario.meeting(scene, TODAY.plusDays(14)), referral,
        decision(PanelOutcome.ALLOCATE, "A place came up", 2, scene.flats())))
        .isInstanceOf(Refused.class).hasMessageContaining("not awaiting the panel: it is declined");
    assertThat(count("allocation", referral)).isZero();
  }

  @Test
  void aDecisionOnAReferralChangedSinceItWasReadIsAConflict() {
    UUID referral = scenario.awaiting(scene, "Sam", Urgency.SOON, TODAY.minusDays(10), scene.flats());

    assertThatThrownBy(() -> decisions.decide(scene.member(), panel, referral,
        decision(PanelOutcome.ALLOCATE, "A good fit", 0, scene.flats())))
        .isInstanceOf(EditConflict.class);
    assertThat(count("panel_decision", referral)).isZero();
  }

  @Test
  void anAllocationWritesAllocationRowsAndPublishesReferralAllocated() {
    UUID referral = scenario.awaiting(scene, "Sam", Urgency.SOON, TODAY.minusDays(10), scene.flats());

    decisions.decide(scene.member(), panel, referral,
        decision(PanelOutcome.ALLOCATE, "Ready for a flat with staff on site", 1, scene.flats(), scene.floating()));

    assertThat(referrals.read(scene.manager(), referral).status()).isEqualTo(ReferralStatus.ALLOCATED);
    assertThat(jdbc.sql("select kind || ' ' || since from allocation where referral_id = ?").param(referral)
        .query(String.class).list()).containsOnly("ALLOCATED " + TODAY).hasSize(2);
    assertThat(events.stream(ReferralAllocated.class)).singleElement().satisfies(event -> {
      assertThat(event.referralId()).isEqualTo(referral);
      assertThat(event.serviceId()).isEqualTo(scene.flats());
      assertThat(event.keyWorkerStaffId()).isEqualTo(scene.keyWorker());
      assertThat(event.members()).containsExactly(new TeamMemberChoice(scene.peerWorker(), "Peer support"));
      assertThat(event.startDate()).isEqualTo(TODAY.plusDays(7));
    });
    assertThat(panels.view(scene.member(), panel).decisions()).singleElement()
        .satisfies(d -> assertThat(d.detail()).contains("Key worker: Ama Owusu", "Kofi Mensah (Peer support)"));
  }

  @Test
  void aDeferredReferralStaysAwaitingAndIsOnTheNextPanelsAgenda() {
    UUID referral = scenario.awaiting(scene, "Sam", Urgency.SOON, TODAY.minusDays(10), scene.flats());
    UUID next = scenario.meeting(scene, TODAY.plusDays(14));

    decisions.decide(scene.member(), panel, referral, decision(PanelOutcome.DEFER, "Waiting for the GP's letter", 1));

    assertThat(referrals.read(scene.manager(), referral).status()).isEqualTo(ReferralStatus.AWAITING_PANEL);
    assertThat(agendaNames(panel)).isEmpty();
    assertThat(panels.view(scene.member(), next).agenda()).singleElement()
        .satisfies(item -> assertThat(item.deferrals()).isEqualTo(1));
    assertThat(jdbc.sql("select count(*) from referral_event where referral_id = ? and kind = 'DEFERRED'")
        .param(referral).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aPlaceOfferedFromTheWaitingListAllocatesTheReferral() {
    UUID referral = scenario.awaiting(scene, "Sam", Urgency.SOON, TODAY.minusDays(10), scene.flats());
    decisions.decide(scene.member(), panel, referral,
        decision(PanelOutcome.WAITING_LIST, "No flat free yet", 1, scene.flats()));
    WaitingListEntry entry = waitingLists.all(scene.member()).get(0);
    assertThat(events.stream(ReferralAllocated.class)).isEmpty();

    assertThatThrownBy(() -> waitingLists.offerPlace(scene.member(), entry.id(), 2, scene.keyWorker(), TODAY))
        .isInstanceOf(AccessDeniedException.class);
    waitingLists.offerPlace(scene.manager(), entry.id(), 2, scene.keyWorker(), TODAY);

    assertThat(referrals.read(scene.manager(), referral).status()).isEqualTo(ReferralStatus.ALLOCATED);
    assertThat(waitingLists.all(scene.member())).isEmpty();
    assertThat(jdbc.sql("select kind || ' ' || (ended_on is null) from allocation where referral_id = ? order by kind")
        .param(referral).query(String.class).list()).containsExactly("ALLOCATED true", "WAITING_LIST false");
    assertThat(events.stream(ReferralAllocated.class)).hasSize(1);
  }

  long count(String table, UUID referral) {
    return jdbc.sql("select count(*) from " + table + " where referral_id = ?").param(referral)
        .query(Long.class).single();
  }
}
