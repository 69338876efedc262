package org.bridgeway.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BridgewayTest
public class CommunityDirectoryTest {

  @Autowired Scene scene;
  @Autowired CommunityDirectory directory;
  @Autowired JdbcClient jdbc;

  Scene.Alliance lambeth;
  CurrentUser admin;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.admin;
  }

  public static ResourceDetails allotment(String name) {
    return new ResourceDetails(ResourceKind.VOLUNTEERING, name, "Growing vegetables together", "Brixton Growers",
        "12 Railton Road", "se24 0jn", "Anyone over 18", List.of(new Opening(DayOfWeek.SATURDAY, LocalTime.of(10, 0),
            LocalTime.of(13, 0))), "Closed over Christmas", "https://growers.example.org", "hello@growers.example.org",
        "020 7946 0000");
  }

  @Test
  void aResourceIsAddedWithItsOpeningTimesAndFoundByKindAndWords() {
    UUID id = directory.add(admin, allotment("Railton Road allotment"));
    directory.add(admin, new ResourceDetails(ResourceKind.SPORT, "Brockwell Lido swim", null, null, null, null, null,
        List.of(), null, null, null, null));

    Resource read = directory.get(admin, id);
    assertThat(read.postcode()).isEqualTo("SE24 0JN");
    assertThat(read.openings()).containsExactly(new Opening(DayOfWeek.SATURDAY, LocalTime.of(10, 0),
        LocalTime.of(13, 0)));
    assertThat(directory.find(admin, ResourceKind.VOLUNTEERING, null, false, 0).items()).extracting(Resource::name)
        .containsExactly("Railton Road allotment");
    assertThat(directory.find(admin, null, "vegetables railton", false, 0).items()).extracting(Resource::name)
        .containsExactly("Railton Road allotment");
    assertThat(directory.find(admin, null, "vegetables swim", false, 0).items()).isEmpty();
  }

  @Test
  void aResourceWithoutANameOrWithClosingBeforeOpeningIsRefusedAndNothingIsSaved() {
    ResourceDetails bad = new ResourceDetails(ResourceKind.ARTS, " ", null, null, null, null, null,
        List.of(new Opening(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(9, 0))), null, "growers.example.org",
        "not an email", null);

    assertThatThrownBy(() -> directory.add(admin, bad)).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.problems()).extracting(FieldProblem::field)
            .containsExactly("name", "email", "website", "opening0"));
    assertThat(directory.find(admin, null, null, true, 0).total()).isZero();
  }

  @Test
  void aChangeFromAStaleCopyIsRefused() {
    UUID id = directory.add(admin, allotment("Railton Road allotment"));
    directory.change(admin, id, 0, allotment("Railton Road community allotment"));

    assertThatThrownBy(() -> directory.change(admin, id, 0, allotment("Old copy")))
        .isInstanceOf(EditConflict.class);
    assertThat(directory.get(admin, id).name()).isEqualTo("Railton Road community allotment");
    assertThat(directory.get(admin, id).version()).isEqualTo(1);
  }

  @Test
  void aWithdrawnResourceStaysReadableWithItsReasonButLeavesTheChoices() {
    UUID id = directory.add(admin, allotment("Railton Road allotment"));

    assertThatThrownBy(() -> directory.withdraw(admin, id, 0, " ")).isInstanceOf(InvalidInput.class);
    directory.withdraw(admin, id, 0, "The allotment closed in March");

    Resource read = directory.get(admin, id);
    assertThat(read.active()).isFalse();
    assertThat(read.withdrawnReason()).isEqualTo("The allotment closed in March");
    assertThat(directory.choices(admin)).isEmpty();
    assertThat(directory.find(admin, null, null, false, 0).total()).isZero();
    assertThat(directory.find(admin, null, null, true, 0).total()).isOne();
    assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and action = ?")
        .params(id.toString(), AuditAction.VOID.name()).query(Long.class).single()).isOne();
  }

  @Test
  void practitionersAddResourcesButOnlyAdministratorsAndManagersWithdrawThem() {
    CurrentUser practitioner = lambeth.user(Role.PRACTITIONER, lambeth.staff(lambeth.ours, "Ade"));
    CurrentUser panel = lambeth.user(Role.PANEL_MEMBER, null);
    UUID id = directory.add(practitioner, allotment("Railton Road allotment"));

    assertThatThrownBy(() -> directory.withdraw(practitioner, id, 0, "Closed")).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> directory.add(panel, allotment("Another"))).isInstanceOf(AccessDenied.class);
    assertThat(directory.get(admin, id).active()).isTrue();
  }
}
