package org.bridgeway.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class RatesAndCostTest {

  static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);
  static final LocalDate MARCH_25 = LocalDate.of(2026, 3, 25);

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Rates rates;
  @Autowired CostOfCare cost;

  Scene.Alliance lambeth;
  CurrentUser manager;
  UUID flats;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    manager = lambeth.user(Role.MANAGER, null);
    flats = services.add(lambeth.admin, new ServiceDetails(lambeth.ours, "Elm flats", ServiceKind.STAFFED_FLATS, false,
        10, CapacityUnit.FLATS, null, null, null, null, false, false, false, null, null, null, null));
  }

  UUID endedStay(UUID person, LocalDate from, LocalDate end) {
    return stays.record(lambeth.admin, person, new NewStay(flats, from, null, null, end, EndReason.MOVED_ON, null));
  }

  @Test
  void aNewRateClosesTheOneBeforeAndKeepsTheHistory() {
    rates.setServiceRate(manager, flats, new NewRate(LocalDate.of(2025, 1, 1), null, 70100, null));
    rates.setServiceRate(manager, flats, new NewRate(MARCH_25, null, 76999, null));

    assertThat(rates.ofService(manager, flats)).extracting(RatePeriod::from, RatePeriod::to, RatePeriod::weeklyPence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 1, 1), MARCH_25.minusDays(1), 70100L),
            org.assertj.core.groups.Tuple.tuple(MARCH_25, null, 76999L));
  }

  @Test
  void overlappingRatesAreRefusedAndNothingIsSaved() {
    rates.setServiceRate(manager, flats, new NewRate(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), 70000, null));

    assertThatThrownBy(() -> rates.setServiceRate(manager, flats, new NewRate(LocalDate.of(2026, 1, 1), null, 75000, null)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).isEqualTo(
            "The rate of £700.00 a week from 1 April 2025 to 31 March 2026 covers some of the same days. "
                + "Rates of a service cannot overlap: choose dates outside it."));
    assertThat(rates.ofService(manager, flats)).hasSize(1);
  }

  @Test
  void negativeAndImpossibleAmountsAreRefused() {
    assertThatThrownBy(() -> Pounds.parse("weekly", "weekly rate", "-5")).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.getMessage()).isEqualTo("The weekly rate cannot be negative"));
    assertThatThrownBy(() -> Pounds.parse("weekly", "weekly rate", "12.345")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Pounds.parse("weekly", "weekly rate", "lots")).isInstanceOf(InvalidInput.class);
    assertThat(Pounds.parse("weekly", "weekly rate", "£1,234.5")).isEqualTo(123450);
    assertThat(Pounds.text(123456789)).isEqualTo("£1,234,567.89");
    assertThatThrownBy(() -> rates.setServiceRate(manager, flats, new NewRate(MARCH_25, MARCH_20, 100, null)))
        .isInstanceOf(InvalidInput.class);
    // A rate of nothing, or below nothing, is refused for a service and for a package, beside the weekly field.
    assertThatThrownBy(() -> rates.setServiceRate(manager, flats, new NewRate(MARCH_25, null, 0, null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("weekly");
          assertThat(p.message()).startsWith("The weekly rate must be more than £0.00");
        }));
    assertThatThrownBy(() -> rates.setServiceRate(manager, flats, new NewRate(MARCH_25, null, -1, null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("The weekly rate cannot be negative"));
    assertThat(rates.ofService(manager, flats)).isEmpty();
    UUID person = lambeth.person();
    UUID stay = endedStay(person, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11));
    assertThatThrownBy(() -> rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 1, 4), null, 0, "Free")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("weekly"));
    assertThatThrownBy(() -> rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 1, 4), null, -700, "Refund")))
        .isInstanceOf(InvalidInput.class);
    assertThat(rates.ofStay(lambeth.admin, person, stay)).isEmpty();
  }

  @Test
  void onlyAdministratorsAndManagersChangeRates() {
    CurrentUser practitioner = lambeth.user(Role.PRACTITIONER, null);
    CurrentUser commissioner = lambeth.user(Role.COMMISSIONER, null);
    assertThatThrownBy(() -> rates.setServiceRate(practitioner, flats, new NewRate(MARCH_25, null, 100, null)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> rates.setServiceRate(commissioner, flats, new NewRate(MARCH_25, null, 100, null)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void theCostOfAStaySpanningARateChangeAndTheEndOfTheFinancialYear() {
    rates.setServiceRate(manager, flats, new NewRate(LocalDate.of(2025, 1, 1), null, 70100, null));
    rates.setServiceRate(manager, flats, new NewRate(MARCH_25, null, 76999, null));
    // Moves on 5 April: covers 20 March to 4 April 2026, 16 days.
    endedStay(lambeth.person(), MARCH_20, LocalDate.of(2026, 4, 5));

    // 20-24 March: 5 days at £701.00 = 5 x 70,100 = 350,500 sevenths of a penny
    // 25-31 March: 7 days at £769.99 = 7 x 76,999 = 538,993
    // 1-4 April:   4 days at £769.99 = 4 x 76,999 = 307,996
    // Whole stay: 1,197,489 / 7 = 171,069.857 -> 171,070p = £1,710.70
    CareCost whole = cost.between(manager, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
    assertThat(whole.pence()).isEqualTo(171_070);
    assertThat(whole.stayDays()).isEqualTo(16);
    // To 31 March (the old financial year): 889,493 / 7 = 127,070.43 -> £1,270.70
    assertThat(cost.between(manager, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)).pence()).isEqualTo(127_070);
    // From 1 April (the new one): 307,996 / 7 = 43,999.43 -> £439.99; the parts add to £1,710.69, as each is
    // rounded once: the whole is not the sum of rounded parts.
    assertThat(cost.between(manager, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)).pence()).isEqualTo(43_999);
  }

  @Test
  void anIndividualPackageOverridesTheServiceRateOnItsDays() {
    rates.setServiceRate(manager, flats, new NewRate(LocalDate.of(2025, 1, 1), null, 70000, null));
    UUID person = lambeth.person();
    UUID stay = endedStay(person, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11));
    rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 6), 140000, "Two-to-one support at night"));

    // Covers 1-10 January: 7 days at £700 (490,000) and 4-6 January, 3 days, at £1,400 (420,000).
    // 910,000 / 7 = 130,000p = £1,300.00
    assertThat(cost.between(manager, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).pence()).isEqualTo(130_000);

    assertThatThrownBy(() -> rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 8), 100000, "More")))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).startsWith(
            "The package of £1,400.00 a week from 4 January 2026 to 6 January 2026 covers some of the same days."));
    assertThatThrownBy(() -> rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 1, 8), null, 100000, "Open")))
        .isInstanceOf(Refused.class);
    assertThat(rates.ofStay(lambeth.admin, person, stay)).hasSize(1);
  }

  @Test
  void aPackageStartingMidStayAcrossTheEndOfTheFinancialYear() {
    rates.setServiceRate(manager, flats, new NewRate(LocalDate.of(2025, 1, 1), null, 70_000, null));
    UUID person = lambeth.person();
    // Moves on 11 April 2026: the stay covers 20 March to 10 April, 22 days.
    UUID stay = endedStay(person, MARCH_20, LocalDate.of(2026, 4, 11));
    rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 4, 10), 105_050, "Waking night support"));

    // 20-27 March:  8 days at the service's £700.00  =  8 x 70,000 =   560,000 sevenths of a penny
    // 28-31 March:  4 days at the package's £1,050.50 = 4 x 105,050 =   420,200
    // 1-10 April:  10 days at the package's £1,050.50 = 10 x 105,050 = 1,050,500
    // Whole stay: 2,030,700 / 7 = 290,100p = £2,901.00 exactly.
    CareCost whole = cost.between(manager, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
    assertThat(whole.pence()).isEqualTo(290_100);
    assertThat(whole.stayDays()).isEqualTo(22);
    // Financial year 2025-26, to 31 March: 980,200 / 7 = 140,028.57 -> 140,029p = £1,400.29.
    assertThat(cost.between(manager, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)).pence()).isEqualTo(140_029);
    // Financial year 2026-27, from 1 April: 1,050,500 / 7 = 150,071.43 -> 150,071p = £1,500.71.
    assertThat(cost.between(manager, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)).pence()).isEqualTo(150_071);

    // Ending the package on 31 March puts April back on the service's rate:
    // 560,000 + 420,200 + 10 x 70,000 = 1,680,200 / 7 = 240,028.57 -> 240,029p.
    UUID rateId = rates.ofStay(lambeth.admin, person, stay).get(0).id();
    rates.endPackageRate(lambeth.admin, person, stay, rateId, LocalDate.of(2026, 3, 31));
    assertThat(cost.between(manager, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30)).pence()).isEqualTo(240_029);
    assertThat(rates.ofStay(lambeth.admin, person, stay)).singleElement()
        .satisfies(r -> assertThat(r.to()).isEqualTo(LocalDate.of(2026, 3, 31)));
  }

  @Test
  void endingAPackageIntoAnotherIsRefusedAndNegativePackagesToo() {
    UUID person = lambeth.person();
    UUID stay = endedStay(person, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
    rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 90_000, "First month settling in"));
    rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20), 95_000, "Extra support"));
    UUID first = rates.ofStay(lambeth.admin, person, stay).get(0).id();

    assertThatThrownBy(() -> rates.endPackageRate(lambeth.admin, person, stay, first, LocalDate.of(2026, 2, 12)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).startsWith(
            "The package of £950.00 a week from 10 February 2026 to 20 February 2026 covers some of the same days."));
    assertThatThrownBy(() -> rates.endPackageRate(lambeth.admin, person, stay, first, LocalDate.of(2025, 12, 31)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 5), -1, "Refund")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("The weekly rate cannot be negative"));
    assertThat(rates.ofStay(lambeth.admin, person, stay)).extracting(RatePeriod::to)
        .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 20));
  }

  @Test
  void aCommissionerSeesTotalsButNeverANamedPersonsPackage() {
    rates.setServiceRate(manager, flats, new NewRate(LocalDate.of(2025, 1, 1), null, 70_000, null));
    UUID person = lambeth.person();
    UUID stay = endedStay(person, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 8));
    rates.setPackageRate(lambeth.admin, person, stay,
        new NewRate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 7), 140_000, "Two-to-one support"));
    CurrentUser commissioner = lambeth.user(Role.COMMISSIONER, null);

    // The total counts the package: 7 days x 140,000 / 7 = 140,000p.
    assertThat(cost.between(commissioner, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).pence())
        .isEqualTo(140_000);
    assertThatThrownBy(() -> rates.ofStay(commissioner, person, stay)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> rates.packagesOf(commissioner, person, LocalDate.of(2026, 1, 2)))
        .isInstanceOf(AccessDenied.class);
    CurrentUser practitioner = lambeth.user(Role.PRACTITIONER, null);
    assertThatThrownBy(() -> rates.ofStay(practitioner, person, stay)).isInstanceOf(AccessDenied.class);
    assertThat(rates.packagesOf(lambeth.admin, person, LocalDate.of(2026, 1, 2))).singleElement().satisfies(p -> {
      assertThat(p.serviceWeeklyPence()).isEqualTo(70_000);
      assertThat(p.packages()).extracting(RatePeriod::weeklyPence).containsExactly(140_000L);
    });
  }
}
