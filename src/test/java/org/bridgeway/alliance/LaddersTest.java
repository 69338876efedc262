package org.bridgeway.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditEntry;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@BridgewayTest
class LaddersTest {

  @Autowired TestAlliances alliances;
  @Autowired Ladders ladders;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  TestAlliance lambeth;
  CurrentUser admin;

  @BeforeEach
  void setUp() {
    lambeth = alliances.create();
    admin = lambeth.as(Role.ADMIN);
  }

  /** The standard ladder with 24/7 staffed flats (5) and supported living (6) swapped. */
  static Map<ServiceKind, Integer> flatsAndSupportedLivingSwapped() {
    Map<ServiceKind, Integer> levels = new EnumMap<>(Ladder.standard().levels());
    levels.put(ServiceKind.STAFFED_FLATS, 6);
    levels.put(ServiceKind.SUPPORTED_LIVING, 5);
    return levels;
  }

  @Test
  void aNewAllianceGetsTheStandardLadderFromItsOwnRows() {
    assertThat(ladders.of(lambeth.id())).isEqualTo(Ladder.standard());
    assertThat(jdbc.sql("select count(*) from ladder_level where alliance_id = ?").param(lambeth.id())
        .query(Long.class).single()).isEqualTo(8);
  }

  @Test
  void anAdministratorSwapsTwoLevelsAndOnlyTheChangedRowsAreVersionedSignedAndAudited() {
    var moves = ladders.change(admin, flatsAndSupportedLivingSwapped(), 0);

    Ladder ladder = ladders.of(lambeth.id());
    assertThat(ladder.level(ServiceKind.STAFFED_FLATS)).hasValue(6);
    assertThat(ladder.level(ServiceKind.SUPPORTED_LIVING)).hasValue(5);
    assertThat(ladder.version()).isEqualTo(2);
    assertThat(jdbc.sql("select kind from ladder_level where alliance_id = ? and changed_by = ? order by kind")
        .params(lambeth.id(), admin.username()).query(String.class).list())
        .containsExactly("STAFFED_FLATS", "SUPPORTED_LIVING");
    assertThat(moves).containsExactly("24/7 staffed flats moved from level 5 to 6",
        "Supported living moved from level 6 to 5");
    assertThat(audit.page(lambeth.id(), null, 0, 10).items()).filteredOn(e -> e.subjectType().equals("Ladder"))
        .extracting(AuditEntry::action, AuditEntry::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE,
            "24/7 staffed flats moved from level 5 to 6; Supported living moved from level 6 to 5"));
  }

  @Test
  void oneAlliancesLadderLeavesAnothersAlone() {
    TestAlliance leeds = alliances.create();

    ladders.change(admin, flatsAndSupportedLivingSwapped(), 0);

    assertThat(ladders.of(leeds.id())).isEqualTo(Ladder.standard());
  }

  @Test
  void aManagerIsRefusedAndNothingChanges() {
    assertThatThrownBy(() -> ladders.change(lambeth.as(Role.MANAGER), flatsAndSupportedLivingSwapped(), 0))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(ladders.of(lambeth.id())).isEqualTo(Ladder.standard());
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    ladders.change(admin, flatsAndSupportedLivingSwapped(), 0);
    Map<ServiceKind, Integer> other = new EnumMap<>(Ladder.standard().levels());
    other.put(ServiceKind.OWN_HOME, 9);

    assertThatThrownBy(() -> ladders.change(admin, other, 0)).isInstanceOf(EditConflict.class);
    assertThat(ladders.of(lambeth.id()).level(ServiceKind.OWN_HOME)).hasValue(8);
    assertThat(ladders.of(lambeth.id()).version()).isEqualTo(2);
  }

  @Test
  void aLevelOutOfRangeIsRefusedByFieldAndNothingIsSaved() {
    Map<ServiceKind, Integer> levels = flatsAndSupportedLivingSwapped();
    levels.put(ServiceKind.OWN_HOME, 21);

    assertThatThrownBy(() -> ladders.change(admin, levels, 0)).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("OWN_HOME");
          assertThat(p.message()).isEqualTo("The level of own home without support must be from 1 to 20");
        }));
    assertThat(ladders.of(lambeth.id())).isEqualTo(Ladder.standard());
  }
}
