package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.Stays;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The records behind each pathway figure, on the worked example of {@link PathwayFiguresTest} (April to June
 * 2025): the list always has as many records as the figure counts, whatever the filters, because both are read
 * with the same SQL fragment; and the records are the ones worked out by hand there.
 */
@BridgewayTest
class FigureRecordsTest {

  static final Period QUARTER = Period.quarter(2025, 2);
  static final List<FigureId> PATHWAY = List.of(FigureId.RESIDENTIAL_PLACEMENTS, FigureId.REHAB_ADMISSIONS,
      FigureId.RESIDENTIAL_ENTRANCES, FigureId.RESIDENTIAL_DISCHARGES, FigureId.MOVED_ON,
      FigureId.LENGTH_OF_STAY_OVER, FigureId.CASELOAD);

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired AllianceFigures figures;
  @Autowired FigureRecords records;

  PathwayExample example;

  @BeforeEach
  void setUp() {
    example = new PathwayExample(scene.create(), services, stays);
  }

  @Test
  void everyPathwayFigureHasAsManyRecordsAsItCounts() {
    // Placements 3, admissions 3, entrances 2, discharges 3, moved on 3, past their length 2, caseload 8; for the
    // other partner 1, 3, 1, 1, 2, 1 (Hal on the ward), and 3 on the caseload (Ben at Elm, Eve and Hal on the
    // ward: no care teams). Whatever the numbers, the list must hold exactly as many records.
    for (Filters filters : List.of(Filters.none(), new Filters(example.alliance.theirs, null, null, null))) {
      List<Figure> all = figures.compute(example.alliance.admin, QUARTER, QUARTER.yearEarlier(), filters);
      for (FigureId id : PATHWAY) {
        long count = PathwayFiguresTest.find(all, id).value().longValueExact();
        List<FigureRecord> listed = all(example.alliance.admin, id, filters);
        assertThat(listed).as(id.id() + " " + filters).hasSize((int) count);
        assertThat(records.read(example.alliance.admin, id, QUARTER, filters, 0).records().total())
            .as(id.id()).isEqualTo(count);
      }
    }
    assertThat(all(example.alliance.admin, FigureId.CASELOAD, Filters.none())).hasSize(8);
  }

  @Test
  void theRecordsAreTheStaysWorkedOutByHand() {
    // Entrances: Cat at Elm and Jo at Oak; Ben's move between care homes is none.
    List<UUID> entrances = people(FigureId.RESIDENTIAL_ENTRANCES);
    assertThat(entrances).contains(example.cat).doesNotContain(example.ben).hasSize(2);
    // Discharges: Ann (began before the period, ended inside it), Hal, Ivy; not Ben (to Elm) nor Cat (died).
    List<UUID> discharges = people(FigureId.RESIDENTIAL_DISCHARGES);
    assertThat(discharges).contains(example.ann).doesNotContain(example.ben, example.cat).hasSize(3);
    List<FigureRecord> ann = all(example.alliance.admin, FigureId.RESIDENTIAL_DISCHARGES, Filters.none()).stream()
        .filter(r -> example.ann.equals(r.personId())).toList();
    assertThat(ann).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("Sam Okafor");
      assertThat(r.cells()).containsExactly("Oak House", "10 January 2025", "10 May 2025", "Moved on");
    });
    // Dan, on supported living and floating support at once, is one record on the caseload and one moved on.
    assertThat(people(FigureId.CASELOAD)).containsOnlyOnce(example.dan);
    assertThat(people(FigureId.MOVED_ON)).containsOnlyOnce(example.dan).doesNotContain(example.ben, example.cat);
  }

  @Test
  void theReferralsBehindTheWaitsAreThoseDecidedInThePeriod() {
    // Two referrals decided today and one only received: the waits are taken over 2, and 2 are listed.
    Scene.Alliance a = example.alliance;
    a.referral(a.person(), ReferralStatus.ALLOCATED);
    a.referral(a.person(), ReferralStatus.ALLOCATED);
    a.referral(a.person(), ReferralStatus.RECEIVED);
    Period today = new Period(scene.today(), scene.today());
    FigureRecords.Page page = records.read(a.admin, FigureId.WAITING_DECISION_MEDIAN, today, Filters.none(), 0);
    assertThat(page.records().total()).isEqualTo(2);
    assertThat(page.records().items()).hasSize(2)
        .allSatisfy(r -> assertThat(r.cells().get(3)).isEqualTo("0"));
  }

  @Test
  void commissionersAndPractitionersMayNotDrillDown() {
    Scene.Alliance a = example.alliance;
    for (Role role : List.of(Role.COMMISSIONER, Role.PRACTITIONER, Role.PANEL_MEMBER)) {
      CurrentUser user = a.user(role, role == Role.COMMISSIONER ? null : a.staff(a.ours, "Ada"));
      assertThatThrownBy(() -> records.read(user, FigureId.CASELOAD, QUARTER, Filters.none(), 0))
          .as(role.name()).isInstanceOf(AccessDenied.class);
    }
  }

  @Test
  void aManagerSeesNothingOfPeopleWhoseRecordsTheyMayNotOpen() {
    // The manager's organisation is on no one's care team: all 8 on the caseload are listed, none shown.
    Scene.Alliance a = example.alliance;
    CurrentUser manager = a.user(Role.MANAGER, a.staff(a.ours, "Ada"));
    FigureRecords.Page page = records.read(manager, FigureId.CASELOAD, QUARTER, Filters.none(), 0);
    assertThat(page.records().total()).isEqualTo(8);
    assertThat(page.hidden()).isEqualTo(8);
    assertThat(page.records().items()).allSatisfy(r -> {
      assertThat(r.personId()).isNull();
      assertThat(r.nhsNumber()).isEmpty();
      assertThat(r.cells()).allSatisfy(c -> assertThat(c).isEmpty());
    });
  }

  @Test
  void noRecordOfAnotherAllianceIsEverListed() {
    PathwayExample other = new PathwayExample(scene.create(), services, stays);
    List<UUID> ours = new ArrayList<>();
    for (FigureId id : PATHWAY) {
      all(example.alliance.admin, id, Filters.none()).forEach(r -> ours.add(r.personId()));
    }
    assertThat(ours).isNotEmpty().doesNotContain(other.ann, other.ben, other.cat, other.dan);
    assertThatThrownBy(() -> records.read(example.alliance.admin, FigureId.CASELOAD, QUARTER,
        new Filters(other.alliance.ours, null, null, null), 0)).isInstanceOf(Refused.class);
  }

  List<UUID> people(FigureId id) {
    return all(example.alliance.admin, id, Filters.none()).stream().map(FigureRecord::personId).toList();
  }

  List<FigureRecord> all(CurrentUser user, FigureId id, Filters filters) {
    List<FigureRecord> all = new ArrayList<>();
    FigureRecords.Page page;
    int n = 0;
    do {
      page = records.read(user, id, QUARTER, filters, n++);
      all.addAll(page.records().items());
    } while (page.records().hasNext());
    return all;
  }
}
