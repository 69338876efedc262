package org.bridgeway.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.NhsNumber;
import org.bridgeway.people.People;
import org.bridgeway.people.PeopleBulkWriter;
import org.bridgeway.people.PersonRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the people rows name: by NHS number when the row has one, else by the local id Bridgeway gave them, else
 * (for a new person with neither) by name and date of birth, so that importing such a row again finds the
 * record the first import made. Records are read for all rows at once, in batches.
 */
@Component
class PersonRows {

  private final PeopleBulkWriter people;
  private final People records;

  PersonRows(PeopleBulkWriter people, People records) {
    this.people = people;
    this.records = records;
  }

  /** The row's key: {@code nhs:}, {@code local:} or {@code name:}; null when it names no one at all. */
  static @Nullable String key(Row row) {
    String nhs = row.get("nhs_number");
    if (nhs != null) {
      return "nhs:" + NhsNumber.normalise(nhs);
    }
    String local = row.get("local_id");
    if (local != null) {
      return "local:" + local.toUpperCase(Locale.ROOT);
    }
    String given = row.get("given_name");
    String family = row.get("family_name");
    String born = row.get("date_of_birth");
    if (given == null || family == null || born == null) {
      return null;
    }
    LocalDate date;
    try {
      date = Cells.date("date_of_birth", born);
    } catch (Cells.Wrong e) {
      return null;
    }
    return nameKey(given, family, date);
  }

  static String keyField(Row row) {
    return row.get("nhs_number") != null ? "nhs_number" : row.get("local_id") != null ? "local_id" : "given_name";
  }

  private static String nameKey(String given, String family, @Nullable LocalDate born) {
    return "name:" + given.trim().toLowerCase(Locale.ROOT) + "|" + family.trim().toLowerCase(Locale.ROOT) + "|"
        + born;
  }

  /** The records the rows name that are already kept, by row key. */
  Map<String, PersonRecord> known(CurrentUser user, List<Row> rows) {
    List<String> nhs = new ArrayList<>();
    List<String> local = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Row row : rows) {
      String key = key(row);
      if (key == null) {
        continue;
      }
      (key.startsWith("nhs:") ? nhs : key.startsWith("local:") ? local : names).add(key.substring(key.indexOf(':') + 1));
    }
    Map<String, PersonRecord> known = new HashMap<>();
    for (PersonRecord p : people.recorded(user.alliance(), nhs, local, names)) {
      if (p.details().nhsNumber() != null) {
        known.put("nhs:" + p.details().nhsNumber(), p);
      }
      known.put("local:" + p.localId().toUpperCase(Locale.ROOT), p);
      known.putIfAbsent(nameKey(String.valueOf(p.details().givenName()), String.valueOf(p.details().familyName()),
          p.dateOfBirth()), p);
    }
    return known;
  }

  /**
   * The id of the person a row of stays, contacts or attendance names, who must already be recorded and whose
   * record the user may open; null, with the row refused, otherwise.
   */
  @Nullable UUID person(CurrentUser user, Row row, Map<String, PersonRecord> known, Tally tally) {
    if (row.get("nhs_number") == null && row.get("local_id") == null) {
      tally.refuse(row.line(), "nhs_number", "Enter the person's NHS number, or their local id");
      return null;
    }
    if (row.get("nhs_number") != null && !NhsNumber.valid(row.get("nhs_number"))) {
      tally.refuse(row.line(), "nhs_number", NhsNumber.problemWith(row.get("nhs_number")).orElseThrow());
      return null;
    }
    PersonRecord person = known.get(key(row));
    if (person == null) {
      String field = keyField(row);
      tally.refuse(row.line(), field, "No one in your alliance has this " + (field.equals("nhs_number")
          ? "NHS number" : "local id") + ": import them as people first");
      return null;
    }
    if (!records.mayOpen(user, person.id())) {
      tally.refuse(row.line(), keyField(row), "You cannot open this person's record");
      return null;
    }
    return person.id();
  }
}
