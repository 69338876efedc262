package org.bridgeway.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.AccountException;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class AlliancesTest {

  @Autowired Alliances alliances;
  @Autowired TestAlliances testAlliances;
  @Autowired AuditTrail audit;

  CurrentUser installationAdmin = new CurrentUser(UUID.randomUUID(), "installation-admin-test",
      "Installation administrator", Role.INSTALLATION_ADMIN, null, null, null, null);

  @Test
  void aWeakAdministratorPasswordIsRefusedOnItsOwnFieldAndNoAllianceIsCreated() {
    String shortName = "weak" + System.nanoTime() % 1_000_000;

    assertThatThrownBy(() -> alliances.create(installationAdmin, new NewAlliance("Weak Alliance", shortName,
        new BigDecimal("37.5"), "Pat", shortName + "-pat", "short")))
        .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("adminPassword"));
    assertThat(alliances.findByShortName(shortName)).isEmpty();
  }

  @Test
  void aNewAllianceIsCheckedByItsOwnRulesBeforeAnythingIsSaved() {
    assertThatThrownBy(() -> alliances.create(installationAdmin, new NewAlliance("", "x", new BigDecimal("90"),
        "Pat", "pat-admin-x", "a long enough passphrase")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("name", "shortName", "standardWeekHours"));
  }

  @Test
  void theStandardWeekIsChangedOnlyFromTheLatestVersionAndTheChangeIsAudited() {
    TestAlliance lambeth = testAlliances.create();
    CurrentUser admin = lambeth.as(Role.ADMIN);
    int loaded = alliances.get(lambeth.id()).version();

    alliances.changeStandardWeek(admin, new BigDecimal("36"), loaded);

    assertThatThrownBy(() -> alliances.changeStandardWeek(admin, new BigDecimal("40"), loaded))
        .isInstanceOf(EditConflict.class);
    assertThat(alliances.standardWeek(lambeth.id())).isEqualByComparingTo("36");
    assertThat(audit.page(lambeth.id(), null, 0, 1).items()).singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("Standard week: 36 hours"));
  }
}
