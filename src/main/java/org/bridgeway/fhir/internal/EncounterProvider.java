package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.notes.Note;
import org.bridgeway.notes.Notes;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encounter: a person's contacts (from the notes module) and their day-service attendance (from the day services
 * module). Read by id; search by {@code patient}, narrowed by {@code date} (the day it took place), oldest
 * first, in pages. Both modules open a person's contacts and attendance only to those who may open their record,
 * and audit the read; a person of another alliance has none, as if not there.
 */
@Component
class EncounterProvider implements BridgewayResourceProvider {

  private final Notes notes;
  private final DayServices dayServices;

  EncounterProvider(Notes notes, DayServices dayServices) {
    this.notes = notes;
    this.dayServices = dayServices;
  }

  @Override
  public Class<Encounter> getResourceType() {
    return Encounter.class;
  }

  @Read
  public Encounter read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    var attendance = EncounterMapping.attendanceKey(id.getIdPart() == null ? "" : id.getIdPart());
    if (attendance.isPresent()) {
      var key = attendance.get();
      return Refusals.answer(id, () -> dayServices.allAttendedBy(user, key.personId())).stream()
          .filter(a -> a.sessionId().equals(key.sessionId()) && a.date().equals(key.date())).findFirst()
          .map(a -> EncounterMapping.attendance(key.personId(), a)).orElseThrow(() -> Refusals.notFound(id));
    }
    UUID noteId = Refusals.uuid(id);
    UUID personId = notes.personOf(user, noteId).orElseThrow(() -> Refusals.notFound(id));
    Note note = Refusals.answer(id, () -> notes.get(user, personId, noteId)).note();
    if (note.kind().hasDuration() || note.kind() == org.bridgeway.notes.ContactKind.DID_NOT_ATTEND) {
      return EncounterMapping.contact(note);
    }
    throw Refusals.notFound(id);
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = Encounter.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Encounter.SP_DATE) @Nullable DateRangeParam date,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    DayRange days = DayRange.of(date);
    List<Encounter> found = new ArrayList<>();
    UUID personId = PersonParam.person(patient);
    if (personId != null) {
      try {
        IdType asPatient = new IdType("Patient", personId.toString());
        Refusals.answer(asPatient, () -> notes.contacts(user, personId)).stream()
            .filter(n -> days.contains(n.contactDate())).map(EncounterMapping::contact).forEach(found::add);
        Refusals.answer(asPatient, () -> dayServices.allAttendedBy(user, personId)).stream()
            .filter(a -> days.contains(a.date())).map(a -> EncounterMapping.attendance(personId, a))
            .forEach(found::add);
      } catch (ResourceNotFoundException e) {
        found.clear();
      }
    }
    found.sort(Comparator.comparing(EncounterMapping::date));
    return Matches.page(found, offset, count, encounter -> encounter);
  }
}
