package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.careteam.CareTeam;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.TeamMember;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * CareTeam: the team around a person, one per person, so its id is the person's. Its participants are the
 * members today and those who have left (each with the period they were on the team: the last day is the day
 * before Bridgeway's end date), their role in words and the partner that employs them; the key worker comes
 * first. Read by id (the person's) or search by {@code patient}; both through the care team module, which
 * opens the team only to those who may open the person's record, and audits the read.
 */
@Component
class CareTeamProvider implements BridgewayResourceProvider {

  private final CareTeams careTeams;

  CareTeamProvider(CareTeams careTeams) {
    this.careTeams = careTeams;
  }

  @Override
  public Class<org.hl7.fhir.r4.model.CareTeam> getResourceType() {
    return org.hl7.fhir.r4.model.CareTeam.class;
  }

  @Read
  public org.hl7.fhir.r4.model.CareTeam read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID personId = Refusals.uuid(id);
    return careTeam(Refusals.answer(id, () -> careTeams.team(user, personId)));
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = org.hl7.fhir.r4.model.CareTeam.SP_PATIENT) ReferenceParam patient,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    List<CareTeam> found;
    try {
      UUID personId = UUID.fromString(patient.getIdPart());
      found = List.of(Refusals.answer(new IdType("Patient", personId.toString()), () -> careTeams.team(user, personId)));
    } catch (IllegalArgumentException | NullPointerException | ResourceNotFoundException e) {
      found = List.of();
    }
    return Matches.page(found, offset, count, CareTeamProvider::careTeam);
  }

  static org.hl7.fhir.r4.model.CareTeam careTeam(CareTeam team) {
    org.hl7.fhir.r4.model.CareTeam resource = new org.hl7.fhir.r4.model.CareTeam();
    resource.setId(team.personId().toString());
    resource.setMeta(UkCore.meta(UkCore.CARE_TEAM));
    resource.setStatus(team.current().isEmpty() ? org.hl7.fhir.r4.model.CareTeam.CareTeamStatus.INACTIVE
        : org.hl7.fhir.r4.model.CareTeam.CareTeamStatus.ACTIVE);
    resource.setName("The team around the person");
    resource.setSubject(new Reference("Patient/" + team.personId()));
    team.current().stream().sorted((a, b) -> Boolean.compare(b.keyWorker(), a.keyWorker()))
        .forEach(member -> resource.addParticipant(participant(member)));
    team.past().forEach(member -> resource.addParticipant(participant(member)));
    return resource;
  }

  private static org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent participant(TeamMember member) {
    var participant = new org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent();
    participant.addRole(new CodeableConcept().setText(member.keyWorker() && !member.role().label().equals("Key worker")
        ? member.role().label() + " (key worker)" : member.role().label()));
    participant.setMember(new Reference().setDisplay(member.staffName()));
    participant.setOnBehalfOf(new Reference("Organization/" + member.organisationId())
        .setDisplay(member.organisationName()));
    Period period = new Period().setStartElement(new DateTimeType(member.startDate().toString()));
    if (member.endDate() != null) {
      var last = member.endDate().minusDays(1);
      period.setEndElement(new DateTimeType((last.isBefore(member.startDate()) ? member.startDate() : last).toString()));
    }
    participant.setPeriod(period);
    return participant;
  }
}
