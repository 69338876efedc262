package org.bridgeway.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class ServicesTest {

  @Autowired Services services;
  @Autowired Organisations organisations;
  @Autowired AuditTrail audit;
  @Autowired TestAlliances alliances;

  TestAlliance lambeth;
  CurrentUser admin;
  UUID trust;

  @BeforeEach
  void setUp() {
    lambeth = alliances.create();
    admin = lambeth.as(Role.ADMIN);
    trust = organisations.add(admin, new OrganisationDetails("South London Trust", Sector.NHS, "RV5"));
  }

  static ServiceDetails flats(UUID organisation, String weeklyCost, Integer minDays, Integer maxDays) {
    return new ServiceDetails(organisation, "Studio flats", ServiceKind.STAFFED_FLATS, false, 9, CapacityUnit.FLATS,
        weeklyCost == null ? null : new BigDecimal(weeklyCost), minDays, maxDays, null, false, false, false,
        "1 Ferndale Road", "sw4 7rw", null, "Nine studio flats with staff on site day and night");
  }

  @Test
  void aServiceIsSavedWithItsCostInPenceAndItsStayInDays() {
    UUID id = services.add(admin, flats(trust, "1050", 180, 540));
    ServiceRecord saved = services.get(lambeth.id(), id);

    assertThat(saved.weeklyCostPence()).isEqualTo(105_000L);
    assertThat(saved.weeklyCostText()).isEqualTo("£1,050.00");
    assertThat(saved.intendedStayText()).isEqualTo("6 to 18 months");
    assertThat(saved.postcode()).isEqualTo("SW4 7RW");
    assertThat(saved.organisationName()).isEqualTo("South London Trust");
    assertThat(audit.page(lambeth.id(), null, 0, 5).items()).anySatisfy(e -> {
      assertThat(e.subjectType()).isEqualTo("Service");
      assertThat(e.subjectId()).isEqualTo(id.toString());
    });
  }

  @Test
  void aNegativeWeeklyCostIsRefusedAndNothingIsSaved() {
    assertThatThrownBy(() -> services.add(admin, flats(trust, "-0.01", null, null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.field()).isEqualTo("weeklyCost")));
    assertThat(services.all(lambeth.id())).isEmpty();
  }

  @Test
  void aShortestStayLongerThanTheLongestIsRefused() {
    assertThatThrownBy(() -> services.add(admin, flats(trust, null, 270, 180)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("intendedStayMaxDays")));
  }

  @Test
  void anOpeningTimeMustCloseAfterItOpens() {
    UUID dropIn = services.add(admin, dropIn(trust));

    assertThatThrownBy(() -> services.addOpeningTime(admin, dropIn,
        new NewOpeningTime(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(10, 0))))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("closes")));
    assertThatThrownBy(() -> services.addOpeningTime(admin, dropIn,
        new NewOpeningTime(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(14, 0))))
        .isInstanceOf(InvalidInput.class);
    UUID monday = services.addOpeningTime(admin, dropIn,
        new NewOpeningTime(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));

    assertThat(services.get(lambeth.id(), dropIn).openingTimes()).singleElement()
        .satisfies(t -> assertThat(t.dayName()).isEqualTo("Monday"));
    services.removeOpeningTime(admin, dropIn, monday);
    assertThat(services.get(lambeth.id(), dropIn).openingTimes()).isEmpty();
  }

  @Test
  void theSecondOfTwoConcurrentChangesIsRefusedAsAConflict() {
    UUID id = services.add(admin, flats(trust, "1050", null, null));
    int loaded = services.get(lambeth.id(), id).version();
    services.change(admin, id, flats(trust, "1100", null, null), loaded);

    assertThatThrownBy(() -> services.change(admin, id, flats(trust, "900", null, null), loaded))
        .isInstanceOf(EditConflict.class);
    assertThat(services.get(lambeth.id(), id).weeklyCostText()).isEqualTo("£1,100.00");
  }

  @Test
  void anotherAllianceCannotReadOrChangeTheServiceEvenWithItsId() {
    UUID id = services.add(admin, flats(trust, "1050", null, null));
    TestAlliance leeds = alliances.create();
    CurrentUser leedsAdmin = leeds.as(Role.ADMIN);

    assertThatThrownBy(() -> services.get(leeds.id(), id)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> services.change(leedsAdmin, id, flats(trust, "1", null, null), 0))
        .isInstanceOf(RecordNotFound.class);
    assertThat(services.all(leeds.id())).isEmpty();
  }

  @Test
  void aServiceCannotBeRunByAnotherAlliancesOrganisation() {
    TestAlliance leeds = alliances.create();

    assertThatThrownBy(() -> services.add(leeds.as(Role.ADMIN), flats(trust, "1050", null, null)))
        .isInstanceOf(org.bridgeway.shared.Refused.class);
  }

  static ServiceDetails dropIn(UUID organisation) {
    return new ServiceDetails(organisation, "Wellbeing drop-in", ServiceKind.DROP_IN, false, null, null, null, null,
        null, null, false, true, false, null, null, null, null);
  }
}
