package org.bridgeway.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BridgewayTest
class OutcomesTest {

  @Autowired NotesWorld worlds;
  @Autowired Outcomes outcomes;
  @Autowired MyOutcomes myOutcomes;
  @Autowired JdbcClient jdbc;

  World w;
  LocalDate today;

  @BeforeEach
  void setUp() {
    w = worlds.create();
    today = outcomes.today();
  }

  static NewResponse answers(LocalDate on, int... values) {
    Map<Integer, String> sent = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      sent.put(i + 1, String.valueOf(values[i]));
    }
    return new NewResponse(on, sent, Map.of(3, true));
  }

  @Test
  void dialogIsShippedToEveryAllianceWithItsCodesAndScores() {
    Instrument dialog = outcomes.instrument(w.ourWorker(), Dialog.CODE);
    assertThat(dialog.items()).hasSize(11);
    assertThat(dialog.item(1).orElseThrow().snomedCode()).isEqualTo("1037651000000100");
    assertThat(dialog.item(11).orElseThrow().snomedCode()).isEqualTo("1037751000000109");
    assertThat(dialog.scaleMin()).isEqualTo(1);
    assertThat(dialog.scaleMax()).isEqualTo(7);
    assertThat(dialog.total().items()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(dialog.rules().get(1).items()).containsExactly(9, 10, 11);
    assertThat(dialog.licenceNote()).containsIgnoringCase("free to use with attribution");
    World other = worlds.create();
    assertThat(outcomes.instruments(other.ourWorker())).extracting(Instrument::code).contains(Dialog.CODE);
  }

  @Test
  void aWorkerRecordsDialogAndTheScoresAreWorkedOutNotTypedIn() {
    // Items 1-8: 3+4+2+5+4+3+6+5 = 32, mean 32/8 = 4; items 9-11: 6+5+4 = 15, mean 15/3 = 5.
    UUID id = outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE,
        answers(today.minusDays(1), 3, 4, 2, 5, 4, 3, 6, 5, 6, 5, 4));

    OutcomeResponse saved = outcomes.response(w.ourWorker(), w.sam(), id);
    assertThat(saved.total()).isEqualByComparingTo("4");
    assertThat(saved.scores()).extracting(Score::name)
        .containsExactly("Subjective quality of life", "Treatment satisfaction");
    assertThat(saved.scores().get(1).value()).isEqualByComparingTo("5");
    assertThat(saved.answer(3).orElseThrow().wantsHelp()).isTrue();
    assertThat(saved.answer(4).orElseThrow().wantsHelp()).isFalse();
    assertThat(saved.byPerson()).isFalse();
    assertThat(saved.recordedName()).isEqualTo("Ade Adeyemi");
  }

  @Test
  void aMeanIsKeptToThreePlaces() {
    // Items 1-8: 7+1+1+1+1+1+1+1 = 14, mean 14/8 = 1.75; items 9-11: 1+1+2 = 4, mean 4/3 = 1.333.
    UUID id = outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE, answers(today, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2));
    OutcomeResponse saved = outcomes.response(w.ourWorker(), w.sam(), id);
    assertThat(saved.total()).isEqualByComparingTo("1.75");
    assertThat(saved.scores().get(1).value()).isEqualByComparingTo("1.333");
  }

  @Test
  void anAnswerOffTheScaleIsRefusedAndSavesNothing() {
    assertThatThrownBy(() -> outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE,
        answers(today, 3, 4, 9, 5, 4, 3, 6, 5, 6, 5, 4)))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("item-3");
          assertThat(p.message()).contains("from 1 to 7", "9 is not on the scale");
        }));
    assertThatThrownBy(() -> outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE,
        answers(today, 3, 4, 2, 5, 4, 3, 6, 5, 6, 5)))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("question 11");
    assertThat(outcomes.responses(w.ourWorker(), w.sam())).isEmpty();
    assertThat(count()).isZero();
  }

  @Test
  void thePersonRecordsDialogThemselvesAndSeesOnlyTheirOwn() {
    myOutcomes.record(w.samHimself(), answers(today, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
    assertThat(myOutcomes.mine(w.samHimself())).singleElement().satisfies(r -> {
      assertThat(r.byPerson()).isTrue();
      assertThat(r.recordedName()).isEqualTo("Sam Okafor");
    });
    assertThat(outcomes.responses(w.ourWorker(), w.sam())).hasSize(1);
  }

  @Test
  void aWorkerWhoMayNotOpenTheRecordCannotRecordOrRead() {
    CurrentUser stranger = w.alliance().user(Role.PRACTITIONER, w.alliance().staff(w.alliance().ours, "Dee"));
    assertThatThrownBy(() -> outcomes.record(stranger, w.sam(), Dialog.CODE,
        answers(today, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> outcomes.responses(stranger, w.sam())).isInstanceOf(AccessDenied.class);
    assertThat(count()).isZero();
  }

  @Test
  void aVoidedResponseIsKeptWithItsReasonAndLeftOutOfThePersonsView() {
    UUID id = outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE, answers(today, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
    assertThatThrownBy(() -> outcomes.voidResponse(w.ourWorker(), w.sam(), id, " "))
        .isInstanceOf(Refused.class);
    outcomes.voidResponse(w.ourWorker(), w.sam(), id, "Recorded against the wrong person");
    OutcomeResponse voided = outcomes.response(w.ourWorker(), w.sam(), id);
    assertThat(voided.voided()).isTrue();
    assertThat(voided.voidReason()).isEqualTo("Recorded against the wrong person");
    assertThat(myOutcomes.mine(w.samHimself())).isEmpty();
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void anAdministratorAddsALicensedInstrumentAsDataAndItIsScoredByItsRules() {
    Instrument swemwbs = fiveItemSample();
    assertThatThrownBy(() -> outcomes.addInstrument(w.ourWorker(), swemwbs)).isInstanceOf(AccessDenied.class);
    outcomes.addInstrument(w.alliance().admin, swemwbs);

    // Item 2 is reverse-scored: 1 counts as 1 + 5 - 1 = 5. Total = 2 + 5 + 3 + 4 + 5 = 19;
    // subscale "Items 1 and 2" = mean (2 + 5) / 2 = 3.5.
    UUID id = outcomes.record(w.ourWorker(), w.sam(), "SAMPLE5", answers(today, 2, 1, 3, 4, 5));
    OutcomeResponse saved = outcomes.response(w.ourWorker(), w.sam(), id);
    assertThat(saved.total()).isEqualByComparingTo("19");
    assertThat(saved.scores().get(1).value()).isEqualByComparingTo("3.5");
    assertThat(saved.answer(1).orElseThrow().wantsHelp()).isNull();

    assertThatThrownBy(() -> outcomes.record(w.ourWorker(), w.sam(), "SAMPLE5", answers(today, 0, 1, 3, 4, 5)))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("from 1 to 5");

    Instrument changedItems = new Instrument("SAMPLE5", "Sample", "2", "Licensed", false, true, 1, 4, "Never",
        "Always", null, false, swemwbs.items(), swemwbs.rules());
    assertThatThrownBy(() -> outcomes.changeInstrument(w.alliance().admin, changedItems))
        .isInstanceOf(Refused.class).hasMessageContaining("cannot change");

    outcomes.setActive(w.alliance().admin, "SAMPLE5", false);
    assertThatThrownBy(() -> outcomes.record(w.ourWorker(), w.sam(), "SAMPLE5", answers(today, 2, 1, 3, 4, 5)))
        .isInstanceOf(Refused.class).hasMessageContaining("no longer in use");
    assertThatThrownBy(() -> outcomes.setActive(w.alliance().admin, Dialog.CODE, false))
        .isInstanceOf(Refused.class);
  }

  @Test
  void anInstrumentWhoseScoresNameMissingItemsIsRefused() {
    Instrument sample = fiveItemSample();
    Instrument broken = new Instrument("BROKEN", "Broken", "1", "Licensed", false, true, 1, 5, "Never", "Always",
        null, false, sample.items(), List.of(new ScoreRule(1, "Total", ScoreRule.Method.SUM, List.of(1, 6))));
    assertThatThrownBy(() -> outcomes.addInstrument(w.alliance().admin, broken)).isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(p -> p.field()).containsExactly("rules"));
  }

  @Test
  void pairedScoresTakeTheEarliestAndLatestTotalsAtLeastThirtyDaysApart() {
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2025, 12, 31);
    UUID ann = UUID.randomUUID();
    UUID ben = UUID.randomUUID();
    UUID cal = UUID.randomUUID();
    List<PairedScores.Total> totals = List.of(
        // Ann: 3.5 on 1 Feb, 4 on 1 May, 4.25 on 1 Sep -> pair 3.5 to 4.25, change +0.75.
        total(ann, "2025-05-01", "4"), total(ann, "2025-02-01", "3.5"), total(ann, "2025-09-01", "4.25"),
        // Ann's answer before the window is not counted.
        total(ann, "2024-12-31", "1"),
        // Ben: 5 on 1 Mar, 4.5 on 31 Mar: exactly 30 days apart -> pair, change -0.5.
        total(ben, "2025-03-01", "5"), total(ben, "2025-03-31", "4.5"),
        // Cal: 29 days apart -> no pair.
        total(cal, "2025-03-01", "2"), total(cal, "2025-03-30", "6"));

    PairedScores figure = PairedScores.of(Dialog.CODE, from, to, totals);

    assertThat(figure.pairs()).hasSize(2);
    PairedScores.Pair annPair = figure.pairs().stream().filter(p -> p.personId().equals(ann)).findFirst().orElseThrow();
    assertThat(annPair.earliest()).isEqualByComparingTo("3.5");
    assertThat(annPair.latest()).isEqualByComparingTo("4.25");
    assertThat(annPair.change()).isEqualByComparingTo("0.75");
    // Mean change = (0.75 + -0.5) / 2 = 0.125.
    assertThat(figure.meanChange()).isEqualByComparingTo("0.125");
  }

  @Test
  void pairedScoresOverTheAllianceLeaveOutVoidedResponses() {
    outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE, answers(today.minusDays(60), 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 4));
    UUID wrong = outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE,
        answers(today.minusDays(40), 7, 7, 7, 7, 7, 7, 7, 7, 4, 4, 4));
    outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE, answers(today, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4));
    outcomes.voidResponse(w.ourWorker(), w.sam(), wrong, "Entered twice");
    // Pair: 2 (60 days ago) to 3 (today), change +1.
    PairedScores figure = outcomes.paired(w.alliance().admin, Dialog.CODE, today.minusYears(1), today);
    assertThat(figure.pairs()).singleElement().satisfies(p -> assertThat(p.change()).isEqualByComparingTo("1"));
    assertThatThrownBy(() -> outcomes.paired(w.ourWorker(), Dialog.CODE, today.minusYears(1), today))
        .isInstanceOf(AccessDenied.class);
  }

  static Instrument fiveItemSample() {
    List<Item> items = List.of(new Item(1, "Sample item one", "Mood", null, false),
        new Item(2, "Sample item two", "Mood", null, true), new Item(3, "Sample item three", "Energy", null, false),
        new Item(4, "Sample item four", "Energy", null, false), new Item(5, "Sample item five", "Energy", null, false));
    return new Instrument("SAMPLE5", "Sample five-item scale", "1", "Licensed to the alliance", false, true, 1, 5,
        "None of the time", "All of the time", "Some of the time", false, items,
        List.of(new ScoreRule(1, "Total", ScoreRule.Method.SUM, List.of(1, 2, 3, 4, 5)),
            new ScoreRule(2, "Items 1 and 2", ScoreRule.Method.MEAN, List.of(1, 2))));
  }

  static PairedScores.Total total(UUID person, String on, String value) {
    return new PairedScores.Total(person, UUID.randomUUID(), LocalDate.parse(on), new BigDecimal(value));
  }

  private int count() {
    return jdbc.sql("select count(*) from outcome_response where alliance_id = ? and person_id = ?")
        .params(w.alliance().test.id(), w.sam()).query(Integer.class).single();
  }
}
