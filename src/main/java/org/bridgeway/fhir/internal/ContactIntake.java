package org.bridgeway.fhir.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Notes;
import org.bridgeway.pathway.Stays;
import org.bridgeway.shared.FieldProblem;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encounter entries (POST) become contacts in the person's notes, through the notes module (its rules, its
 * writer's organisation, its audit), shared with the person as an imported contact is. The kind comes from the
 * class (virtual: video call; home or field: outreach; otherwise face to face), or the type's words (phone,
 * group); a cancelled encounter is a missed one ("did not attend"). The day is {@code period.start}'s, the length
 * {@code length} or the period's, and the note's text the type and reason in words. An encounter not yet
 * held, or one of more than 12 hours (an admission, which Bridgeway keeps as a stay), is skipped.
 */
@Component
class ContactIntake implements EntryIntake {

  private final Notes notes;
  private final Stays stays;
  private final PatientIntake patients;
  private final KeptIdentifiers identifiers;

  ContactIntake(Notes notes, Stays stays, PatientIntake patients, KeptIdentifiers identifiers) {
    this.notes = notes;
    this.stays = stays;
    this.patients = patients;
    this.identifiers = identifiers;
  }

  @Override
  public String resourceType() {
    return "Encounter";
  }

  @Override
  public Set<HTTPVerb> methods() {
    return Set.of(HTTPVerb.POST);
  }

  @Override
  public void check(CurrentUser user, BundleEntryComponent entry, References references) {
    Encounter encounter = (Encounter) entry.getResource();
    Conditions.of(entry.getRequest().getIfNoneExist());
    references.check(encounter.getSubject(), "Patient", "Encounter.subject");
    if (encounter.hasEpisodeOfCare()) {
      references.check(encounter.getEpisodeOfCareFirstRep(), "EpisodeOfCare", "Encounter.episodeOfCare");
    }
    if (skipReason(encounter) == null) {
      refuseProblems(note(encounter).problems(notes.today()));
    }
  }

  @Override
  public EntryResult take(CurrentUser user, BundleEntryComponent entry, References references) {
    Encounter encounter = (Encounter) entry.getResource();
    String skip = skipReason(encounter);
    if (skip != null) {
      return EntryResult.skipped(skip);
    }
    check(user, entry, references);
    Conditions when = Conditions.of(entry.getRequest().getIfNoneExist());
    Optional<UUID> found = when == null ? Optional.empty()
        : identifiers.find(user.alliance(), "Encounter", when.system(), when.value());
    if (found.isPresent()) {
      references.written(entry, found.get());
      return EntryResult.alreadyKept("Encounter/" + found.get(), "a contact");
    }
    UUID personId = references.resolve(encounter.getSubject(), "Patient", "Encounter.subject",
        identifier -> patients.find(user, identifier));
    if (encounter.hasEpisodeOfCare()) {
      UUID stayId = references.resolve(encounter.getEpisodeOfCareFirstRep(), "EpisodeOfCare",
          "Encounter.episodeOfCare", identifier -> identifiers.find(user.alliance(), "EpisodeOfCare",
              identifier.system(), identifier.value()));
      if (!stays.byId(user, stayId).personId().equals(personId)) {
        throw EntryRefused.invalid("Encounter.episodeOfCare is a stay of someone else than Encounter.subject.");
      }
    }
    NewNote note = note(encounter);
    UUID id = notes.record(user, personId, note);
    for (Identifier identifier : encounter.getIdentifier()) {
      if (identifier.hasSystem() && identifier.hasValue()) {
        identifiers.keep(user.alliance(), "Encounter", identifier.getSystem(), identifier.getValue(), id,
            user.username());
      }
    }
    references.written(entry, id);
    return EntryResult.kept("Encounter/" + id, "a contact (" + note.kind().label().toLowerCase(Locale.ROOT) + ")");
  }

  private static @Nullable String skipReason(Encounter encounter) {
    EncounterStatus status = encounter.getStatus();
    if (status == EncounterStatus.PLANNED || status == EncounterStatus.ENTEREDINERROR) {
      return "the encounter is " + status.toCode() + ": Bridgeway keeps contacts that took place or were missed.";
    }
    Long minutes = minutes(encounter);
    if (minutes != null && minutes > NewNote.LONGEST_CONTACT) {
      return "the encounter lasted " + Duration.ofMinutes(minutes).toHours() + " hours: a contact lasts 12 hours "
          + "at most, and Bridgeway keeps a stay in hospital or a service as an EpisodeOfCare.";
    }
    return null;
  }

  static NewNote note(Encounter encounter) {
    ContactKind kind = kind(encounter);
    Long minutes = kind.hasDuration() ? minutes(encounter) : null;
    return new NewNote(kind, StayIntake.day(encounter.getPeriod().getStartElement().getValueAsString()),
        minutes == null ? null : (int) Math.max(1, minutes), text(encounter), true, null, false);
  }

  private static ContactKind kind(Encounter encounter) {
    if (encounter.getStatus() == EncounterStatus.CANCELLED) {
      return ContactKind.DID_NOT_ATTEND;
    }
    String words = text(encounter).toLowerCase(Locale.ROOT);
    return switch (encounter.getClass_().getCode() == null ? "" : encounter.getClass_().getCode()) {
      case "VR" -> ContactKind.VIDEO;
      case "HH", "FLD" -> ContactKind.OUTREACH;
      default -> words.contains("phone") ? ContactKind.PHONE
          : words.contains("group") ? ContactKind.GROUP : ContactKind.FACE_TO_FACE;
    };
  }

  private static @Nullable Long minutes(Encounter encounter) {
    if (encounter.hasLength() && encounter.getLength().hasValue()) {
      String unit = String.valueOf(encounter.getLength().getCode());
      double value = encounter.getLength().getValue().doubleValue();
      return Math.round(unit.equals("h") ? value * 60 : unit.equals("d") ? value * 1440 : value);
    }
    if (encounter.getPeriod().hasStart() && encounter.getPeriod().hasEnd()) {
      long millis = encounter.getPeriod().getEnd().getTime() - encounter.getPeriod().getStart().getTime();
      return millis < 0 ? null : (millis + 59_999) / 60_000;
    }
    return null;
  }

  private static String text(Encounter encounter) {
    List<String> parts = new ArrayList<>();
    encounter.getType().stream().map(ContactIntake::words).filter(w -> !w.isBlank()).findFirst()
        .ifPresent(parts::add);
    encounter.getReasonCode().stream().map(ContactIntake::words).filter(w -> !w.isBlank()).findFirst()
        .ifPresent(reason -> parts.add("Reason: " + reason));
    return String.join(". ", parts);
  }

  private static String words(CodeableConcept concept) {
    if (concept.hasText()) {
      return concept.getText().trim();
    }
    return concept.getCoding().stream().filter(c -> c.hasDisplay()).map(c -> c.getDisplay().trim()).findFirst()
        .orElse("");
  }

  private static void refuseProblems(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new EntryRefused(400, IssueType.INVALID, problems.stream().map(p -> field(p.field()) + ": "
          + p.message() + ".").toList());
    }
  }

  private static String field(String field) {
    return switch (field) {
      case "contactDate" -> "Encounter.period.start";
      case "durationMinutes" -> "Encounter.length or Encounter.period";
      case "text" -> "Encounter.type (what the contact was, in words)";
      case "kind" -> "Encounter.class";
      default -> "Encounter";
    };
  }
}
