package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flow between kinds of setting from 1 April to 30 June 2025, worked by hand. Oak House and Ash Court are
 * both residential care (level 3); the ward is inpatient rehabilitation (1), the flats 24/7 staffed flats (5),
 * Acre Lane supported living (6).
 *
 * <pre>
 * Amy  ward 1 Mar – 1 May (moved on); Oak 3 May – 10 Jun (moved on); Acre Lane from 10 Jun
 * Ben  Oak 1 Feb – 20 Apr (moved on); Ash from 21 Apr                 a move between care homes
 * Cat  Ash 5 Apr – 1 Jun (died)                                       an entry, then a death
 * Dee  Acre Lane from 15 May                                          an entry from home
 * Eve  Acre Lane 1 Jan – 20 Jun (returned home), nothing after        an exit home
 * Fin  Acre Lane 1 Jan – 10 Apr (stepped up); ward from 12 Apr        a move up the ladder
 * Gus  ward 1 Jan – 1 Apr (other); flats from 20 Apr, 19 days later   an exit, then an entry
 * </pre>
 */
@BridgewayTest
class FlowsTest {

  static final Period QUARTER = Period.quarter(2025, 2);

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Flows flows;

  Scene.Alliance alliance;
  UUID oak;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    UUID ward = service("Rehabilitation ward", ServiceKind.INPATIENT_REHABILITATION);
    oak = service("Oak House", ServiceKind.RESIDENTIAL_CARE);
    UUID ash = service("Ash Court", ServiceKind.RESIDENTIAL_CARE);
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS);
    UUID acre = service("Acre Lane", ServiceKind.SUPPORTED_LIVING);
    UUID amy = alliance.person();
    stay(amy, ward, "2025-03-01", "2025-05-01", EndReason.MOVED_ON);
    stay(amy, oak, "2025-05-03", "2025-06-10", EndReason.MOVED_ON);
    stay(amy, acre, "2025-06-10", null, null);
    UUID ben = alliance.person();
    stay(ben, oak, "2025-02-01", "2025-04-20", EndReason.MOVED_ON);
    stay(ben, ash, "2025-04-21", null, null);
    stay(alliance.person(), ash, "2025-04-05", "2025-06-01", EndReason.DIED);
    stay(alliance.person(), acre, "2025-05-15", null, null);
    stay(alliance.person(), acre, "2025-01-01", "2025-06-20", EndReason.RETURNED_HOME);
    UUID fin = alliance.person();
    stay(fin, acre, "2025-01-01", "2025-04-10", EndReason.STEPPED_UP);
    stay(fin, ward, "2025-04-12", null, null);
    UUID gus = alliance.person();
    stay(gus, ward, "2025-01-01", "2025-04-01", EndReason.OTHER);
    stay(gus, flats, "2025-04-20", null, null);
  }

  @Test
  void movesDownTheLadderAreCountedOneByOne() {
    // Amy moves twice in the quarter: the ward to Oak (1 to 3) and Oak to Acre Lane (3 to 6), both down.
    List<Flows.Flow> all = flows.between(alliance.admin, QUARTER).flows();
    assertThat(flow(all, ServiceKind.INPATIENT_REHABILITATION, ServiceKind.RESIDENTIAL_CARE).stays()).isEqualTo(1);
    assertThat(flow(all, ServiceKind.INPATIENT_REHABILITATION, ServiceKind.RESIDENTIAL_CARE).way())
        .isEqualTo(Flows.Way.DOWN);
    assertThat(flow(all, ServiceKind.RESIDENTIAL_CARE, ServiceKind.SUPPORTED_LIVING).way()).isEqualTo(Flows.Way.DOWN);
  }

  @Test
  void narrowedToOneServiceOnlyTheStaysThereAreCounted() {
    // Narrowed to Oak House: the stays ending there are Ben's (to Ash Court, residential to residential) and
    // Amy's (to Acre Lane, residential to supported living); Amy's stay there began 2 days after she left the
    // ward, so it is no entry. Nothing else flows through Oak House.
    List<Flows.Flow> oaks = flows.between(alliance.admin, QUARTER, new Filters(null, oak, null, null)).flows();
    assertThat(oaks).extracting(Flows.Flow::from, Flows.Flow::to, Flows.Flow::stays).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(ServiceKind.RESIDENTIAL_CARE, ServiceKind.RESIDENTIAL_CARE, 1L),
        org.assertj.core.groups.Tuple.tuple(ServiceKind.RESIDENTIAL_CARE, ServiceKind.SUPPORTED_LIVING, 1L));
  }

  @Test
  void aMoveBetweenTwoCareHomesIsAResidentialToResidentialMove() {
    // Ben: Oak to Ash, a day apart: residential care to residential care, on the same level.
    Flows.Flow move = flow(flows.between(alliance.admin, QUARTER).flows(), ServiceKind.RESIDENTIAL_CARE,
        ServiceKind.RESIDENTIAL_CARE);
    assertThat(move.stays()).isEqualTo(1);
    assertThat(move.way()).isEqualTo(Flows.Way.ACROSS);
  }

  @Test
  void aDeathIsAnExitNotAMove() {
    // Cat's stay at Ash ends by death: an exit to "died". Eve returns home and Gus's next stay is 19 days later:
    // both exits to home or elsewhere, from supported living and from the ward.
    List<Flows.Flow> all = flows.between(alliance.admin, QUARTER).flows();
    Flows.Flow died = all.stream().filter(Flows.Flow::died).findFirst().orElseThrow();
    assertThat(died.from()).isEqualTo(ServiceKind.RESIDENTIAL_CARE);
    assertThat(died.toText()).isEqualTo("Died");
    assertThat(died.way()).isEqualTo(Flows.Way.EXIT);
    assertThat(all.stream().filter(f -> f.died()).mapToLong(Flows.Flow::stays).sum()).isEqualTo(1);
    assertThat(exit(all, ServiceKind.SUPPORTED_LIVING).stays()).isEqualTo(1);
    assertThat(exit(all, ServiceKind.INPATIENT_REHABILITATION).stays()).isEqualTo(1);
  }

  @Test
  void aMoveToAMoreRestrictiveSettingIsUpTheLadder() {
    Flows.Flow up = flow(flows.between(alliance.admin, QUARTER).flows(), ServiceKind.SUPPORTED_LIVING,
        ServiceKind.INPATIENT_REHABILITATION);
    assertThat(up.stays()).isEqualTo(1);
    assertThat(up.way()).isEqualTo(Flows.Way.UP);
  }

  @Test
  void anEntryComesFromHomeOrElsewhere() {
    // Cat into Ash (nothing before), Dee into Acre Lane (nothing before), Gus into the flats (the ward ended 19
    // days before). Amy's, Ben's and Fin's new stays follow a stay ending within 7 days: moves, not entries.
    List<Flows.Flow> entries = flows.between(alliance.admin, QUARTER).flows().stream()
        .filter(f -> f.way() == Flows.Way.ENTRY).toList();
    assertThat(entries).extracting(Flows.Flow::to).containsExactly(ServiceKind.RESIDENTIAL_CARE,
        ServiceKind.STAFFED_FLATS, ServiceKind.SUPPORTED_LIVING);
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.stays()).isEqualTo(1);
      assertThat(e.fromText()).isEqualTo("Home or elsewhere");
    });
  }

  @Test
  void everyFlowOfTheQuarterIsAccountedFor() {
    // 3 entries + 7 stays ending in the quarter (Amy 2, Ben, Cat, Eve, Fin, Gus) = 10 stays in 10 flows of 1.
    List<Flows.Flow> all = flows.between(alliance.admin, QUARTER).flows();
    assertThat(all).hasSize(10);
    assertThat(all.stream().mapToLong(Flows.Flow::stays).sum()).isEqualTo(10);
  }

  @Test
  void commissionersSeeFewerThanFive() {
    List<Flows.Flow> all = flows.between(alliance.user(Role.COMMISSIONER, null), QUARTER).flows();
    assertThat(all).allSatisfy(f -> assertThat(f.countText()).isEqualTo("fewer than 5"));
  }

  static Flows.Flow flow(List<Flows.Flow> all, ServiceKind from, ServiceKind to) {
    return all.stream().filter(f -> f.from() == from && f.to() == to).findFirst().orElseThrow();
  }

  static Flows.Flow exit(List<Flows.Flow> all, ServiceKind from) {
    return all.stream().filter(f -> f.from() == from && f.to() == null && !f.died()).findFirst().orElseThrow();
  }

  UUID service(String name, ServiceKind kind) {
    return services.add(alliance.admin, new ServiceDetails(alliance.ours, name, kind, false, null, null, null, null,
        null, null, false, false, false, null, null, null, null));
  }

  void stay(UUID person, UUID service, String from, @Nullable String to, @Nullable EndReason reason) {
    stays.record(alliance.admin, person, new NewStay(service, LocalDate.parse(from), null, null,
        to == null ? null : LocalDate.parse(to), reason, null));
  }
}
