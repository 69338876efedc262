package org.bridgeway.fhir.internal;

import java.time.LocalDate;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.pathway.Stay;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * A stay as a UK Core EpisodeOfCare. Bridgeway's end date is the first day the person is no longer there, and
 * a FHIR period includes its end, so {@code period.end} is the day before: the last day the stay covers (the
 * start itself for a stay that covered no day). A stay is finished once ended, planned while it has not yet
 * started, and active otherwise. The managing organisation is the partner that runs the service.
 */
final class StayMapping {

  private StayMapping() {}

  static EpisodeOfCare episode(Stay stay, ServiceRecord service, LocalDate today) {
    EpisodeOfCare episode = new EpisodeOfCare();
    episode.setId(stay.id().toString());
    episode.setMeta(UkCore.meta(UkCore.EPISODE_OF_CARE).setVersionId(String.valueOf(stay.version())));
    episode.setStatus(status(stay, today));
    episode.addType(new CodeableConcept().setText(stay.serviceKind().label() + ": " + stay.serviceName()));
    episode.setPatient(new Reference("Patient/" + stay.personId()));
    episode.setManagingOrganization(ServiceMapping.organisation(service));
    Period period = new Period().setStartElement(new DateTimeType(stay.startDate().toString()));
    if (stay.endDate() != null) {
      LocalDate last = stay.endDate().minusDays(1);
      period.setEndElement(new DateTimeType((last.isBefore(stay.startDate()) ? stay.startDate() : last).toString()));
    }
    episode.setPeriod(period);
    return episode;
  }

  static EpisodeOfCareStatus status(Stay stay, LocalDate today) {
    if (!stay.open()) {
      return EpisodeOfCareStatus.FINISHED;
    }
    return stay.startDate().isAfter(today) ? EpisodeOfCareStatus.PLANNED : EpisodeOfCareStatus.ACTIVE;
  }
}
