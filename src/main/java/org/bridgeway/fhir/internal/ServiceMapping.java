package org.bridgeway.fhir.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bridgeway.alliance.OpeningTime;
import org.bridgeway.alliance.ServiceRecord;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HealthcareService.DaysOfWeek;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * A service of the alliance as a UK Core HealthcareService (what is offered, by which partner, when it is
 * open) and, where it has an address, as a UK Core Location (the place), under the same id. The kind of
 * service is given in words: no national code list names the steps of a rehabilitation pathway.
 */
final class ServiceMapping {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private ServiceMapping() {}

  static boolean isPlace(ServiceRecord service) {
    return service.address() != null || service.postcode() != null;
  }

  static HealthcareService healthcareService(ServiceRecord service) {
    HealthcareService resource = new HealthcareService();
    resource.setId(service.id().toString());
    resource.setMeta(UkCore.meta(UkCore.HEALTHCARE_SERVICE).setVersionId(String.valueOf(service.version())));
    resource.setActive(true);
    resource.setProvidedBy(organisation(service));
    resource.addType(new CodeableConcept().setText(service.kind().label()));
    resource.setName(service.name());
    resource.setComment(service.description());
    if (isPlace(service)) {
      resource.addLocation(new Reference("Location/" + service.id()).setDisplay(service.name()));
    }
    if (service.eligibility() != null) {
      resource.addEligibility().setComment(service.eligibility());
    }
    for (OpeningTime time : service.openingTimes()) {
      resource.addAvailableTime().addDaysOfWeek(DaysOfWeek.fromCode(time.day().name().substring(0, 3)
              .toLowerCase(Locale.ROOT)))
          .setAvailableStartTime(time.opens().format(TIME)).setAvailableEndTime(time.closes().format(TIME));
    }
    return resource;
  }

  static Location location(ServiceRecord service) {
    Location resource = new Location();
    resource.setId(service.id().toString());
    resource.setMeta(UkCore.meta(UkCore.LOCATION).setVersionId(String.valueOf(service.version())));
    resource.setStatus(Location.LocationStatus.ACTIVE);
    resource.setName(service.name());
    resource.setMode(Location.LocationMode.INSTANCE);
    resource.setAddress(new Address().setUse(Address.AddressUse.WORK).setText(service.address())
        .setPostalCode(service.postcode()));
    resource.setManagingOrganization(organisation(service));
    return resource;
  }

  static Reference organisation(ServiceRecord service) {
    return new Reference("Organization/" + service.organisationId()).setDisplay(service.organisationName());
  }

  /** True when some word of the text starts with the words searched for, ignoring case. */
  static boolean wordStartsWith(String text, @Nullable String searched) {
    if (searched == null || searched.isBlank()) {
      return true;
    }
    String lower = " " + text.toLowerCase(Locale.ROOT);
    return lower.contains(" " + searched.trim().toLowerCase(Locale.ROOT));
  }
}
