package org.bridgeway.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.people.internal.PersonStore;
import org.bridgeway.shared.CopyRows;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many people and their circles of support at once with PostgreSQL's COPY, in chunks, for generators
 * and imports. Every row is checked by the same rules as the form; the first broken row stops the write with
 * its number, and the caller's transaction then saves nothing. Local ids come from the same sequence as
 * records added one by one. Unlike {@link People}, it writes no audit entry per person.
 */
@Component
public class PeopleBulkWriter {

  static final int CHUNK = 5_000;

  private static final String PERSON_COPY = """
      copy person (alliance_id, id, local_id, nhs_number, given_name, family_name, preferred_name, date_of_birth,
        gender, ethnicity, religion, sexual_orientation, disability, first_language, interpreter_needed,
        communication_needs, address, postcode, phone, gp_practice_name, gp_practice_code, funding, legal_status,
        strengths, interests, created_by, updated_by) from stdin""";

  private static final String CONTACT_COPY = """
      copy support_contact (alliance_id, person_id, id, name, relationship, carer, phone, notes, created_by)
      from stdin""";

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final Alliances alliances;
  private final Clock clock;
  private final PersonStore store;
  private final AuditTrail audit;

  PeopleBulkWriter(DataSource dataSource, JdbcTemplate jdbc, Alliances alliances, Clock clock, PersonStore store,
      AuditTrail audit) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.alliances = alliances;
    this.clock = clock;
    this.store = store;
    this.audit = audit;
  }

  /** A person to write, with the id the caller chose and the members of their circle of support. */
  public record NewPerson(UUID id, PersonDetails details, List<SupportContactDetails> supportCircle) {}

  /** Writes everyone the iterator gives, in chunks; returns how many people were written. */
  public long write(UUID alliance, Iterator<NewPerson> people, String by) {
    String localIdPrefix = alliances.shortName(alliance).toUpperCase(Locale.ROOT) + "-";
    long written = 0;
    List<NewPerson> chunk = new ArrayList<>(CHUNK);
    while (people.hasNext()) {
      chunk.add(people.next());
      if (chunk.size() == CHUNK || !people.hasNext()) {
        writeChunk(alliance, localIdPrefix, chunk, by, written);
        written += chunk.size();
        chunk.clear();
      }
    }
    return written;
  }

  /**
   * Adds the people as {@link #write} does, and audits each as {@link People#add} would: for imports, whose rows
   * are checked and written in the user's one transaction.
   */
  public long add(CurrentUser user, List<NewPerson> people) {
    long written = write(user.alliance(), people.iterator(), user.username());
    audit.recordEach(user, user.alliance(), AuditAction.CREATE, "Person",
        people.stream().map(p -> new AuditTrail.Subject(p.id(), p.id(), "Imported")).toList());
    return written;
  }

  /**
   * The records, without their circles of support, whose NHS number or local id is among those given, or whose
   * "given|family|yyyy-mm-dd" (in lower case) is; for matching many rows of an import at once. Reads in batches;
   * audits nothing, as it shows nothing.
   */
  public List<PersonRecord> recorded(UUID alliance, List<String> nhsNumbers, List<String> localIds,
      List<String> namesAndBirthDates) {
    List<PersonRecord> found = new ArrayList<>();
    for (int from = 0; from < Math.max(nhsNumbers.size(), localIds.size()); from += CHUNK) {
      found.addAll(store.findByKeys(alliance, slice(nhsNumbers, from), slice(localIds, from)));
    }
    for (int from = 0; from < namesAndBirthDates.size(); from += CHUNK) {
      found.addAll(store.findByNames(alliance, slice(namesAndBirthDates, from)));
    }
    return found;
  }

  private static String[] slice(List<String> values, int from) {
    return values.subList(Math.min(from, values.size()), Math.min(values.size(), from + CHUNK))
        .toArray(String[]::new);
  }

  private void writeChunk(UUID alliance, String prefix, List<NewPerson> chunk, String by, long offset) {
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < chunk.size(); i++) {
      check(chunk.get(i), today, offset + i + 1);
    }
    List<Long> numbers = jdbc.queryForList(
        "select nextval('person_local_number') from generate_series(1, ?)", Long.class, chunk.size());
    CopyRows people = new CopyRows();
    CopyRows contacts = new CopyRows();
    for (int i = 0; i < chunk.size(); i++) {
      NewPerson person = chunk.get(i);
      personRow(people, alliance, person, prefix + String.format("%06d", numbers.get(i)), by);
      for (SupportContactDetails contact : person.supportCircle()) {
        contacts.row(alliance, person.id(), UUID.randomUUID(), contact.name().trim(), contact.relationship(),
            contact.carer(), blank(contact.phone()), blank(contact.notes()), by);
      }
    }
    people.copy(dataSource, PERSON_COPY);
    contacts.copy(dataSource, CONTACT_COPY);
  }

  private static void check(NewPerson person, LocalDate today, long rowNumber) {
    List<FieldProblem> problems = new ArrayList<>(person.details().problems(today));
    person.supportCircle().forEach(c -> problems.addAll(c.problems()));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems.stream()
          .map(p -> new FieldProblem(p.field(), "Person " + rowNumber + ": " + p.message())).toList());
    }
  }

  private static void personRow(CopyRows out, UUID alliance, NewPerson person, String localId, String by) {
    PersonDetails d = person.details().normalised();
    out.row(alliance, person.id(), localId, d.nhsNumber(), d.givenName(), d.familyName(), d.preferredName(),
        d.dateOfBirth(), d.gender(), d.ethnicity(), d.religion(), d.sexualOrientation(), d.disability(),
        d.firstLanguage(), d.interpreterNeeded(), d.communicationNeeds(), d.address(), d.postcode(), d.phone(),
        d.gpPracticeName(), d.gpPracticeCode(), d.funding(), d.legalStatus(), d.strengths(), d.interests(), by, by);
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
