package org.bridgeway.fhir.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.dayservices.Attended;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.Note;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * Contacts and day-service attendance as UK Core Encounters. A contact is a note of a contact (face to face,
 * phone, video, group, outreach, or one the person missed); its id is the note's. The note's words stay in the
 * notes: an Encounter says that a contact happened, not what was written about it. A contact that took place
 * is finished, a missed one cancelled, a voided one entered in error. The class says how the contact was made:
 * virtual for phone and video, in the field for outreach, ambulatory otherwise.
 *
 * <p>An attendance (a person marked present or absent at one occurrence of a day-service session) has no id of
 * its own in Bridgeway: it is the session, the day and the person, so its id is {@code att-} followed by those
 * three (the two UUIDs in base 36, the day as yyyymmdd), which fits FHIR's 64 characters. Present is finished,
 * absent cancelled.
 */
final class EncounterMapping {

  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  private static final String ATTENDANCE = "att-";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private EncounterMapping() {}

  static Encounter contact(Note note) {
    Encounter encounter = new Encounter();
    encounter.setId(note.id().toString());
    encounter.setMeta(UkCore.meta(UkCore.ENCOUNTER, note.recordedAt()).setVersionId(String.valueOf(note.version())));
    encounter.setStatus(note.voided() ? EncounterStatus.ENTEREDINERROR
        : note.kind() == ContactKind.DID_NOT_ATTEND ? EncounterStatus.CANCELLED : EncounterStatus.FINISHED);
    encounter.setClass_(contactClass(note.kind()));
    encounter.addType(new CodeableConcept().setText(note.kind().label()));
    encounter.setSubject(new Reference("Patient/" + note.personId()));
    encounter.addParticipant().setIndividual(new Reference().setDisplay(note.authorName()));
    encounter.setPeriod(day(note.contactDate()));
    if (note.durationMinutes() != null) {
      encounter.setLength((Duration) new Duration().setValue(note.durationMinutes()).setUnit("min")
          .setSystem("http://unitsofmeasure.org").setCode("min"));
    }
    if (note.organisationId() != null) {
      encounter.setServiceProvider(new Reference("Organization/" + note.organisationId())
          .setDisplay(note.organisationName()));
    }
    return encounter;
  }

  static Encounter attendance(UUID personId, Attended attended) {
    Encounter encounter = new Encounter();
    encounter.setId(attendanceId(attended.sessionId(), attended.date(), personId));
    encounter.setMeta(UkCore.meta(UkCore.ENCOUNTER));
    encounter.setStatus(attended.present() ? EncounterStatus.FINISHED : EncounterStatus.CANCELLED);
    encounter.setClass_(new Coding(ACT_CODE, "AMB", "ambulatory"));
    encounter.addType(new CodeableConcept().setText("Day-service session: " + attended.title()));
    encounter.setServiceType(new CodeableConcept().setText(attended.serviceName()));
    encounter.setSubject(new Reference("Patient/" + personId));
    encounter.setPeriod(day(attended.date()));
    return encounter;
  }

  static LocalDate date(Encounter encounter) {
    return LocalDate.parse(encounter.getPeriod().getStartElement().getValueAsString().substring(0, 10));
  }

  private static Coding contactClass(ContactKind kind) {
    return switch (kind) {
      case PHONE, VIDEO -> new Coding(ACT_CODE, "VR", "virtual");
      case OUTREACH -> new Coding(ACT_CODE, "FLD", "field");
      default -> new Coding(ACT_CODE, "AMB", "ambulatory");
    };
  }

  /** A contact or an attendance takes place on a day: the period starts and ends on it. */
  private static Period day(LocalDate date) {
    return new Period().setStartElement(new DateTimeType(date.toString()))
        .setEndElement(new DateTimeType(date.toString()));
  }

  static String attendanceId(UUID sessionId, LocalDate date, UUID personId) {
    return ATTENDANCE + CompactIds.base36(sessionId) + "-" + date.format(DAY) + "-" + CompactIds.base36(personId);
  }

  /** The session, day and person an attendance id names; none for any other id. */
  static Optional<AttendanceKey> attendanceKey(String id) {
    if (!id.startsWith(ATTENDANCE)) {
      return Optional.empty();
    }
    String[] parts = id.substring(ATTENDANCE.length()).split("-");
    try {
      if (parts.length != 3) {
        return Optional.empty();
      }
      return Optional.of(new AttendanceKey(CompactIds.uuid(parts[0]), LocalDate.parse(parts[1], DAY),
          CompactIds.uuid(parts[2])));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  record AttendanceKey(UUID sessionId, LocalDate date, UUID personId) {}
}
