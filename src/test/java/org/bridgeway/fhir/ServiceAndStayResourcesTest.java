package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgeway.fhir.PatientResourceTest.ids;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
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
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class ServiceAndStayResourcesTest {

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID flats;
  UUID sam;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.user(Role.ADMIN, null);
    flats = services.add(lambeth.admin, new ServiceDetails(lambeth.theirs, "Ferndale Court flats",
        ServiceKind.STAFFED_FLATS, false, 12, CapacityUnit.FLATS, null, null, 540, "Adults over 18", false, false,
        false, "Ferndale Court, 20 Ferndale Road, London", "sw4 7sf", null, "Staffed day and night"));
    sam = lambeth.person();
  }

  IGenericClient client(CurrentUser user) {
    return FhirClients.as(port, user);
  }

  @Test
  void aPartnerOrganisationIsAnOrganizationWithItsOdsCodeAndValidatesAgainstUkCore() {
    Organization trust = client(admin).read().resource(Organization.class).withId(lambeth.theirs.toString()).execute();
    Organization charity = client(admin).read().resource(Organization.class).withId(lambeth.ours.toString()).execute();

    assertThat(trust.getName()).isEqualTo("South London Trust");
    assertThat(trust.getIdentifierFirstRep().getSystem()).isEqualTo("https://fhir.nhs.uk/Id/ods-organization-code");
    assertThat(trust.getIdentifierFirstRep().getValue()).isEqualTo("RV5");
    assertThat(charity.getIdentifier()).isEmpty();
    assertThat(UkCoreValidation.errors(trust)).isEmpty();
    assertThat(UkCoreValidation.errors(charity)).isEmpty();
    assertThat(ids(client(admin).search().byUrl("Organization?identifier=rv5").returnBundle(Bundle.class).execute()))
        .containsExactly(lambeth.theirs.toString());
    assertThat(ids(client(admin).search().byUrl("Organization?name=thames").returnBundle(Bundle.class).execute()))
        .containsExactly(lambeth.ours.toString());
  }

  @Test
  void aServiceIsAHealthcareServiceOfItsPartnerAndItsPlaceALocationBothValidating() {
    HealthcareService service = client(admin).read().resource(HealthcareService.class).withId(flats.toString())
        .execute();
    Location place = client(admin).read().resource(Location.class).withId(flats.toString()).execute();

    assertThat(service.getName()).isEqualTo("Ferndale Court flats");
    assertThat(service.getProvidedBy().getReference()).isEqualTo("Organization/" + lambeth.theirs);
    assertThat(service.getTypeFirstRep().getText()).isEqualTo("24/7 staffed flats");
    assertThat(service.getLocationFirstRep().getReference()).isEqualTo("Location/" + flats);
    assertThat(place.getAddress().getPostalCode()).isEqualTo("SW4 7SF");
    assertThat(place.getManagingOrganization().getReference()).isEqualTo("Organization/" + lambeth.theirs);
    assertThat(UkCoreValidation.errors(service)).isEmpty();
    assertThat(UkCoreValidation.errors(place)).isEmpty();
    assertThat(ids(client(admin).search().byUrl("HealthcareService?organization=Organization/" + lambeth.theirs)
        .returnBundle(Bundle.class).execute())).containsExactlyInAnyOrder(lambeth.theirService.toString(),
        flats.toString());
    assertThat(ids(client(admin).search().byUrl("Location?address-postalcode=SW4").returnBundle(Bundle.class)
        .execute())).containsExactly(flats.toString());
  }

  @Test
  void aServiceWithoutAnAddressHasNoLocation() {
    assertThatThrownBy(() -> client(admin).read().resource(Location.class).withId(lambeth.ourService.toString())
        .execute()).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void staysAreEpisodesOfCareFinishedOrActiveWithTheLastDayCoveredAsTheirEndAndValidate() {
    LocalDate today = scene.today();
    UUID ended = stays.record(lambeth.admin, sam, new NewStay(lambeth.ourService, today.minusDays(100), null, null,
        today.minusDays(40), EndReason.MOVED_ON, "Ferndale Court"));
    UUID open = stays.record(lambeth.admin, sam, new NewStay(flats, today.minusDays(40), null, null));

    EpisodeOfCare finished = client(admin).read().resource(EpisodeOfCare.class).withId(ended.toString()).execute();
    EpisodeOfCare active = client(admin).read().resource(EpisodeOfCare.class).withId(open.toString()).execute();

    assertThat(finished.getStatus()).isEqualTo(EpisodeOfCareStatus.FINISHED);
    assertThat(finished.getPeriod().getStartElement().getValueAsString()).isEqualTo(today.minusDays(100).toString());
    // Ended on day -40 (the first day no longer there), so the last day covered is day -41.
    assertThat(finished.getPeriod().getEndElement().getValueAsString()).isEqualTo(today.minusDays(41).toString());
    assertThat(finished.getPatient().getReference()).isEqualTo("Patient/" + sam);
    assertThat(finished.getManagingOrganization().getReference()).isEqualTo("Organization/" + lambeth.ours);
    assertThat(active.getStatus()).isEqualTo(EpisodeOfCareStatus.ACTIVE);
    assertThat(active.getPeriod().hasEnd()).isFalse();
    assertThat(UkCoreValidation.errors(finished)).isEmpty();
    assertThat(UkCoreValidation.errors(active)).isEmpty();

    IGenericClient client = client(admin);
    assertThat(ids(client.search().byUrl("EpisodeOfCare?patient=Patient/" + sam).returnBundle(Bundle.class)
        .execute())).containsExactly(ended.toString(), open.toString());
    assertThat(ids(client.search().byUrl("EpisodeOfCare?patient=" + sam + "&status=active")
        .returnBundle(Bundle.class).execute())).containsExactly(open.toString());
    assertThat(ids(client.search().byUrl("EpisodeOfCare?patient=" + sam + "&date=le" + today.minusDays(60))
        .returnBundle(Bundle.class).execute())).containsExactly(ended.toString());
    assertThat(ids(client.search().byUrl("EpisodeOfCare?patient=" + sam + "&date=" + today.minusDays(40))
        .returnBundle(Bundle.class).execute())).containsExactly(open.toString());
  }

  @Test
  void anotherAlliancesServicesOrganisationsAndStaysAreNotFoundAndNeverSearched() {
    UUID stay = stays.record(lambeth.admin, sam, new NewStay(flats, scene.today().minusDays(5), null, null));
    Scene.Alliance leeds = scene.create();
    IGenericClient leedsAdmin = client(leeds.user(Role.ADMIN, null));

    assertThatThrownBy(() -> leedsAdmin.read().resource(Organization.class).withId(lambeth.theirs.toString())
        .execute()).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> leedsAdmin.read().resource(HealthcareService.class).withId(flats.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> leedsAdmin.read().resource(Location.class).withId(flats.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> leedsAdmin.read().resource(EpisodeOfCare.class).withId(stay.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(ids(leedsAdmin.search().byUrl("Organization").returnBundle(Bundle.class).execute()))
        .doesNotContain(lambeth.theirs.toString(), lambeth.ours.toString())
        .contains(leeds.theirs.toString());
    assertThat(ids(leedsAdmin.search().byUrl("HealthcareService").returnBundle(Bundle.class).execute()))
        .doesNotContain(flats.toString());
    assertThat(ids(leedsAdmin.search().byUrl("EpisodeOfCare?patient=" + sam).returnBundle(Bundle.class).execute()))
        .isEmpty();
  }

  @Test
  void aPractitionerWithoutARelationshipIsRefusedTheStays() {
    UUID stay = stays.record(lambeth.admin, sam, new NewStay(flats, scene.today().minusDays(5), null, null));
    CurrentUser stranger = lambeth.user(Role.PRACTITIONER, lambeth.staff(lambeth.ours, "Noor"));

    assertThatThrownBy(() -> client(stranger).read().resource(EpisodeOfCare.class).withId(stay.toString()).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThatThrownBy(() -> client(stranger).search().byUrl("EpisodeOfCare?patient=" + sam)
        .returnBundle(Bundle.class).execute()).isInstanceOf(ForbiddenOperationException.class);
  }
}
