package org.bridgeway.fhir.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * EpisodeOfCare entries (POST) become stays, through the pathway module and its rules (no two exclusive settings
 * at once, no service past capacity). A stay needs its person ({@code patient}), its first day
 * ({@code period.start}) and its service: a {@code HealthcareService} named by the stay-service extension, or the
 * type's text naming the service as Bridgeway writes it ("Supported living: Elm House") or by its name alone.
 * A finished episode is recorded as ended the day after {@code period.end} (FHIR's end is the last day covered),
 * for the reason "Other": FHIR carries no reason a stay ended. An open one's {@code period.end} is its planned end.
 */
@Component
class StayIntake implements EntryIntake {

  static final String STAY_SERVICE = "https://bridgeway.nhs.uk/fhir/StructureDefinition/stay-service";

  private final Stays stays;
  private final Services services;
  private final PatientIntake patients;
  private final KeptIdentifiers identifiers;

  StayIntake(Stays stays, Services services, PatientIntake patients, KeptIdentifiers identifiers) {
    this.stays = stays;
    this.services = services;
    this.patients = patients;
    this.identifiers = identifiers;
  }

  @Override
  public String resourceType() {
    return "EpisodeOfCare";
  }

  @Override
  public Set<HTTPVerb> methods() {
    return Set.of(HTTPVerb.POST);
  }

  @Override
  public void check(CurrentUser user, BundleEntryComponent entry, References references) {
    EpisodeOfCare episode = (EpisodeOfCare) entry.getResource();
    Conditions.of(entry.getRequest().getIfNoneExist());
    references.check(episode.getPatient(), "Patient", "EpisodeOfCare.patient");
    if (day(episode.getPeriod().getStartElement().getValueAsString()) == null) {
      throw EntryRefused.invalid("EpisodeOfCare.period.start: enter the day the stay starts.");
    }
    if (episode.getStatus() == EpisodeOfCareStatus.FINISHED
        && day(episode.getPeriod().getEndElement().getValueAsString()) == null) {
      throw EntryRefused.invalid("EpisodeOfCare.period.end: a finished stay needs the last day it covered.");
    }
    if (serviceReference(episode) == null && !episode.getTypeFirstRep().hasText()) {
      throw EntryRefused.invalid("EpisodeOfCare: name the service the stay is in, by the stay-service extension ("
          + STAY_SERVICE + ") or by the type's text.");
    }
  }

  @Override
  public EntryResult take(CurrentUser user, BundleEntryComponent entry, References references) {
    EpisodeOfCare episode = (EpisodeOfCare) entry.getResource();
    if (episode.getStatus() == EpisodeOfCareStatus.CANCELLED
        || episode.getStatus() == EpisodeOfCareStatus.ENTEREDINERROR) {
      return EntryResult.skipped("the episode is " + episode.getStatus().toCode() + ", so there is no stay to keep.");
    }
    check(user, entry, references);
    Conditions when = Conditions.of(entry.getRequest().getIfNoneExist());
    Optional<UUID> found = when == null ? Optional.empty()
        : identifiers.find(user.alliance(), "EpisodeOfCare", when.system(), when.value());
    if (found.isPresent()) {
      references.written(entry, found.get());
      return EntryResult.alreadyKept("EpisodeOfCare/" + found.get(), "a stay");
    }
    UUID personId = references.resolve(episode.getPatient(), "Patient", "EpisodeOfCare.patient",
        identifier -> patients.find(user, identifier));
    ServiceRecord service = service(user, episode);
    LocalDate start = day(episode.getPeriod().getStartElement().getValueAsString());
    LocalDate end = day(episode.getPeriod().getEndElement().getValueAsString());
    boolean finished = episode.getStatus() == EpisodeOfCareStatus.FINISHED;
    NewStay stay = new NewStay(service.id(), start, finished || end == null ? null : end.plusDays(1), null,
        finished ? end.plusDays(1) : null, finished ? EndReason.OTHER : null, null);
    UUID id = stays.record(user, personId, stay);
    for (Identifier identifier : episode.getIdentifier()) {
      if (identifier.hasSystem() && identifier.hasValue()) {
        identifiers.keep(user.alliance(), "EpisodeOfCare", identifier.getSystem(), identifier.getValue(), id,
            user.username());
      }
    }
    references.written(entry, id);
    return EntryResult.kept("EpisodeOfCare/" + id, "a stay in " + service.name());
  }

  private ServiceRecord service(CurrentUser user, EpisodeOfCare episode) {
    List<ServiceRecord> all = services.all(user.alliance());
    Reference reference = serviceReference(episode);
    if (reference != null) {
      UUID id = References.literal(String.valueOf(reference.getReference()), "HealthcareService",
          "EpisodeOfCare.extension (stay-service)");
      return all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> EntryRefused.notFound(
          "EpisodeOfCare.extension (stay-service) names HealthcareService/" + id + ", no service of your alliance."));
    }
    String text = episode.getTypeFirstRep().getText().trim().toLowerCase(Locale.ROOT);
    List<ServiceRecord> named = all.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(text)
        || (s.kind().label() + ": " + s.name()).toLowerCase(Locale.ROOT).equals(text)).toList();
    if (named.size() != 1) {
      throw EntryRefused.notFound("EpisodeOfCare.type: \"" + episode.getTypeFirstRep().getText() + "\" names "
          + (named.isEmpty() ? "no service" : named.size() + " services") + " of your alliance: name one, or use "
          + "the stay-service extension.");
    }
    return named.get(0);
  }

  private static @Nullable Reference serviceReference(EpisodeOfCare episode) {
    Extension extension = episode.getExtensionByUrl(STAY_SERVICE);
    return extension != null && extension.getValue() instanceof Reference reference ? reference : null;
  }

  static @Nullable LocalDate day(@Nullable String dateTime) {
    if (dateTime == null || dateTime.length() < 10) {
      return null;
    }
    return LocalDate.parse(dateTime.substring(0, 10));
  }
}
