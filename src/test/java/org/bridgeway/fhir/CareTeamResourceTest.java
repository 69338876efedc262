package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgeway.fhir.PatientResourceTest.ids;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class CareTeamResourceTest {

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired CareTeams careTeams;

  Scene.Alliance lambeth;
  UUID sam;
  UUID ade;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    sam = lambeth.person();
    ade = lambeth.staff(lambeth.ours, "Ade");
    UUID bea = lambeth.staff(lambeth.theirs, "Bea");
    careTeams.add(lambeth.admin, sam, new NewMember(bea, TeamRole.NURSE, false, scene.today().minusDays(30)));
    careTeams.add(lambeth.admin, sam, new NewMember(ade, TeamRole.KEY_WORKER, true, scene.today().minusDays(10)));
  }

  IGenericClient client(CurrentUser user) {
    return FhirClients.as(port, user);
  }

  @Test
  void theTeamAroundAPersonIsACareTeamWithTheKeyWorkerFirstAndValidatesAgainstUkCore() {
    CurrentUser worker = lambeth.user(Role.PRACTITIONER, ade);

    CareTeam team = client(worker).read().resource(CareTeam.class).withId(sam.toString()).execute();

    assertThat(team.getSubject().getReference()).isEqualTo("Patient/" + sam);
    assertThat(team.getStatus()).isEqualTo(CareTeam.CareTeamStatus.ACTIVE);
    assertThat(team.getParticipant()).extracting(p -> p.getRoleFirstRep().getText())
        .containsExactly("Key worker", "Nurse");
    assertThat(team.getParticipantFirstRep().getOnBehalfOf().getReference()).isEqualTo("Organization/" + lambeth.ours);
    assertThat(team.getParticipantFirstRep().getPeriod().getStartElement().getValueAsString())
        .isEqualTo(scene.today().minusDays(10).toString());
    assertThat(UkCoreValidation.errors(team)).isEmpty();
    assertThat(ids(client(worker).search().byUrl("CareTeam?patient=Patient/" + sam).returnBundle(Bundle.class)
        .execute())).containsExactly(sam.toString());
  }

  @Test
  void anotherAlliancesCareTeamIsNotFoundAndNotSearched() {
    CurrentUser leedsAdmin = scene.create().user(Role.ADMIN, null);

    assertThatThrownBy(() -> client(leedsAdmin).read().resource(CareTeam.class).withId(sam.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(ids(client(leedsAdmin).search().byUrl("CareTeam?patient=" + sam).returnBundle(Bundle.class)
        .execute())).isEmpty();
  }
}
