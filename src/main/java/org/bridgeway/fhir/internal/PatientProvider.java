package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.NhsNumber;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.people.PersonSummary;
import org.bridgeway.shared.Paged;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Patient: read by id, and search by NHS number ({@code identifier}), {@code name} (the start of a first, last
 * or preferred name, every word) and {@code birthdate} (a whole day), alone or together. A search finds people
 * as the people module's search box does, then keeps only those whose record the caller may open; each Patient
 * returned is read through the people module, so it is audited as a view of the record.
 */
@Component
class PatientProvider implements BridgewayResourceProvider {

  private static final int BATCH = 500;

  private final People people;

  PatientProvider(People people) {
    this.people = people;
  }

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }

  @Read
  public Patient read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID personId = Refusals.uuid(id);
    return Refusals.answer(id, () -> PatientMapping.patient(people.read(user, personId)));
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = Patient.SP_IDENTIFIER) @Nullable TokenParam identifier,
      @OptionalParam(name = Patient.SP_NAME) @Nullable StringParam name,
      @OptionalParam(name = Patient.SP_BIRTHDATE) @Nullable DateParam birthDate,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    List<Predicate<PersonSummary>> checks = new ArrayList<>();
    String query = null;
    if (identifier != null) {
      if (identifier.getSystem() != null && !identifier.getSystem().isBlank()
          && !UkCore.NHS_NUMBER.equals(identifier.getSystem())) {
        return Matches.page(List.<PersonRecord>of(), offset, count, PatientMapping::patient);
      }
      String digits = NhsNumber.normalise(identifier.getValue() == null ? "" : identifier.getValue());
      if (!digits.matches("[0-9]{10}")) {
        return Matches.page(List.<PersonRecord>of(), offset, count, PatientMapping::patient);
      }
      query = digits;
      checks.add(person -> digits.equals(person.nhsNumber()));
    }
    if (birthDate != null) {
      LocalDate day = day(birthDate);
      query = query == null ? day.toString() : query;
      checks.add(person -> day.equals(person.dateOfBirth()));
    }
    if (name != null && name.getValue() != null && !name.getValue().isBlank()) {
      String words = name.getValue().trim();
      query = query == null ? words : query;
      checks.add(person -> namesStartWith(person, words));
    }
    if (query == null) {
      throw new InvalidRequestException("Search for patients by identifier (an NHS number), name or birthdate.");
    }
    List<UUID> matched = found(user, query).stream().filter(checks.stream().reduce(p -> true, Predicate::and))
        .map(PersonSummary::id).filter(id -> people.mayOpen(user, id)).toList();
    return Matches.page(matched, offset, count, id -> PatientMapping.patient(people.read(user, id)));
  }

  private List<PersonSummary> found(CurrentUser user, String query) {
    List<PersonSummary> all = new ArrayList<>();
    Paged<PersonSummary> page;
    int number = 0;
    do {
      page = people.find(user, query, number++, BATCH);
      all.addAll(page.items());
    } while (page.hasNext());
    return all;
  }

  private static LocalDate day(DateParam date) {
    ParamPrefixEnum prefix = date.getPrefix();
    if ((prefix != null && prefix != ParamPrefixEnum.EQUAL) || date.getPrecision() != TemporalPrecisionEnum.DAY) {
      throw new InvalidRequestException("Search by birthdate for a whole day, like birthdate=1975-11-02.");
    }
    return LocalDate.parse(date.getValueAsString().substring(0, 10));
  }

  private static boolean namesStartWith(PersonSummary person, String words) {
    for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      boolean any = false;
      for (String part : new String[] {person.givenName(), person.familyName(), person.preferredName()}) {
        any |= part != null && part.toLowerCase(Locale.ROOT).startsWith(word);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
