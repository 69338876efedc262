package org.bridgeway.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.NhsNumber;
import org.bridgeway.people.PeopleBulkWriter;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * People: each row is checked by the rules of the person form and matched with a record already kept by NHS
 * number, else by local id. A matched row whose filled cells all agree with the record is unchanged; one that
 * disagrees is refused. New people are written together through the people module's bulk writer, which checks
 * them again and audits each.
 */
@Component
class PeopleRows implements RowKind {

  private static final Map<String, Function<PersonDetails, @Nullable Object>> COMPARED = compared();

  private final PeopleBulkWriter writer;
  private final PersonRows persons;

  private final Clock clock;

  PeopleRows(PeopleBulkWriter writer, PersonRows persons, Clock clock) {
    this.writer = writer;
    this.persons = persons;
    this.clock = clock;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.PEOPLE;
  }

  @Override
  public void pass(CurrentUser user, List<Row> rows, Tally tally, boolean importing) {
    LocalDate today = LocalDate.now(clock);
    Map<String, PersonRecord> known = persons.known(user, rows);
    Map<String, Integer> seen = new HashMap<>();
    List<NewPerson> added = new ArrayList<>();
    for (Row row : rows) {
      tally.done();
      PersonDetails details = details(row, tally);
      if (details == null) {
        continue;
      }
      List<FieldProblem> problems = details.problems(today);
      if (!problems.isEmpty()) {
        problems.forEach(p -> tally.refuse(row.line(), Cells.column(p.field()), p.message()));
        continue;
      }
      String key = PersonRows.key(row);
      Integer earlier = key == null ? null : seen.putIfAbsent(key, row.line());
      if (earlier != null) {
        tally.refuse(row.line(), PersonRows.keyField(row), "The same person is on line " + earlier);
        continue;
      }
      PersonRecord existing = key == null ? null : known.get(key);
      if (existing == null && row.get("local_id") != null) {
        tally.refuse(row.line(), "local_id", "No one in your alliance has the local id " + row.get("local_id"));
      } else if (existing == null) {
        tally.create();
        added.add(new NewPerson(UUID.randomUUID(), details, List.of()));
      } else if (agrees(row, details.normalised(), existing, tally)) {
        tally.unchanged();
      }
    }
    if (importing && !tally.refused() && !added.isEmpty()) {
      writer.add(user, added);
    }
  }

  private static @Nullable PersonDetails details(Row row, Tally tally) {
    LocalDate born;
    try {
      born = Cells.date("date_of_birth", row.get("date_of_birth"));
      Cells.flag("interpreter_needed", row.get("interpreter_needed"));
    } catch (Cells.Wrong wrong) {
      tally.refuse(row.line(), wrong.field, wrong.getMessage());
      return null;
    }
    return new PersonDetails(row.get("given_name"), row.get("family_name"), row.get("preferred_name"),
        born == null ? null : String.valueOf(born.getDayOfMonth()),
        born == null ? null : String.valueOf(born.getMonthValue()),
        born == null ? null : String.valueOf(born.getYear()), row.get("nhs_number"), row.get("gender"),
        row.get("ethnicity"), null, null, null, row.get("first_language"),
        Cells.flag("interpreter_needed", row.get("interpreter_needed")).orElse(false), null, null,
        row.get("postcode"), row.get("phone"), null, row.get("gp_practice_code"), row.get("funding"),
        row.get("legal_status"), null, null);
  }

  /** True when every filled cell agrees with the record; otherwise refuses the row at each cell that differs. */
  private static boolean agrees(Row row, PersonDetails imported, PersonRecord existing, Tally tally) {
    boolean agrees = true;
    String localId = row.get("local_id");
    if (localId != null && !localId.equalsIgnoreCase(existing.localId())) {
      agrees = false;
      tally.refuse(row.line(), "local_id", "This NHS number is recorded for " + existing.localId() + ", not "
          + localId);
    }
    PersonDetails kept = existing.details().normalised();
    for (var compared : COMPARED.entrySet()) {
      String heading = compared.getKey();
      if (row.get(heading) == null) {
        continue;
      }
      Object mine = compared.getValue().apply(imported);
      Object theirs = compared.getValue().apply(kept);
      if (!Objects.equals(mine, theirs)) {
        agrees = false;
        tally.refuse(row.line(), heading, "Already recorded differently for " + existing.localId() + ": "
            + (theirs == null ? "nothing" : "\"" + shown(heading, theirs) + "\"") + ". Change the record itself "
            + "if this is right; an import never writes over what is kept");
      }
    }
    return agrees;
  }

  private static String shown(String heading, Object value) {
    return heading.equals("nhs_number") ? NhsNumber.display(value.toString()) : value.toString();
  }

  private static Map<String, Function<PersonDetails, @Nullable Object>> compared() {
    Map<String, Function<PersonDetails, @Nullable Object>> map = new java.util.LinkedHashMap<>();
    map.put("nhs_number", PersonDetails::nhsNumber);
    map.put("given_name", PersonDetails::givenName);
    map.put("family_name", PersonDetails::familyName);
    map.put("preferred_name", PersonDetails::preferredName);
    map.put("date_of_birth", PersonDetails::dateOfBirth);
    map.put("gender", PersonDetails::gender);
    map.put("ethnicity", PersonDetails::ethnicity);
    map.put("first_language", PersonDetails::firstLanguage);
    map.put("interpreter_needed", PersonDetails::interpreterNeeded);
    map.put("postcode", PersonDetails::postcode);
    map.put("phone", PersonDetails::phone);
    map.put("gp_practice_code", PersonDetails::gpPracticeCode);
    map.put("funding", PersonDetails::funding);
    map.put("legal_status", PersonDetails::legalStatus);
    return map;
  }
}
