package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgeway.fhir.PatientResourceTest.ids;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.careteam.Scene;
import org.bridgeway.referrals.ReferralStatus;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class ServiceRequestResourceTest {

  @LocalServerPort int port;
  @Autowired Scene scene;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID sam;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.user(Role.ADMIN, null);
    sam = lambeth.person();
  }

  IGenericClient client(CurrentUser user) {
    return FhirClients.as(port, user);
  }

  @Test
  void aReferralIsAServiceRequestForThePersonWithItsStatusAndValidatesAgainstUkCore() {
    UUID waiting = lambeth.referral(sam, ReferralStatus.AWAITING_PANEL);
    UUID declined = lambeth.referral(sam, ReferralStatus.DECLINED);

    ServiceRequest active = client(admin).read().resource(ServiceRequest.class).withId(waiting.toString()).execute();
    ServiceRequest revoked = client(admin).read().resource(ServiceRequest.class).withId(declined.toString()).execute();

    assertThat(active.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
    assertThat(active.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
    assertThat(active.getSubject().getReference()).isEqualTo("Patient/" + sam);
    assertThat(active.getAuthoredOnElement().getValueAsString()).isEqualTo(scene.today().toString());
    assertThat(active.getReasonCodeFirstRep().getText()).isEqualTo("Ready to leave the ward");
    assertThat(revoked.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
    assertThat(UkCoreValidation.errors(active)).isEmpty();
    assertThat(UkCoreValidation.errors(revoked)).isEmpty();
    assertThat(ids(client(admin).search().byUrl("ServiceRequest?patient=Patient/" + sam).returnBundle(Bundle.class)
        .execute())).containsExactlyInAnyOrder(waiting.toString(), declined.toString());
  }

  @Test
  void anotherAlliancesReferralIsNotFoundAndNotSearched() {
    UUID referral = lambeth.referral(sam, ReferralStatus.RECEIVED);
    CurrentUser leedsAdmin = scene.create().user(Role.ADMIN, null);

    assertThatThrownBy(() -> client(leedsAdmin).read().resource(ServiceRequest.class).withId(referral.toString())
        .execute()).isInstanceOf(ResourceNotFoundException.class);
    assertThat(ids(client(leedsAdmin).search().byUrl("ServiceRequest?patient=" + sam).returnBundle(Bundle.class)
        .execute())).isEmpty();
  }
}
