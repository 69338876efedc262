package org.bridgeway.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Note;
import org.bridgeway.notes.Notes;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Contacts: a contact is the same as a note kept when it is the same person's, on the same day, of the same kind,
 * with the same text (notes keep no time of day, and whoever imports is the writer). Its length and sharing must
 * then agree, or the row is refused. A new contact is written through the notes module's own service, so its
 * rules, its writer's organisation and its audit apply.
 */
@Component
class ContactRows implements RowKind {

  private final Notes notes;
  private final PersonRows persons;

  ContactRows(Notes notes, PersonRows persons) {
    this.notes = notes;
    this.persons = persons;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.CONTACTS;
  }

  @Override
  public void pass(CurrentUser user, List<Row> rows, Tally tally, boolean importing) {
    Map<String, PersonRecord> known = persons.known(user, rows);
    Map<String, List<Note>> kept = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      tally.done();
      UUID person = persons.person(user, row, known, tally);
      NewNote note = note(row, tally);
      if (person == null || note == null) {
        continue;
      }
      List<org.bridgeway.shared.FieldProblem> problems = note.problems(notes.today());
      if (!problems.isEmpty()) {
        problems.forEach(p -> tally.refuse(row.line(), column(p.field()), p.message()));
        continue;
      }
      String key = person + "|" + note.contactDate() + "|" + note.kind() + "|" + note.text().trim();
      Integer earlier = seen.putIfAbsent(key, row.line());
      if (earlier != null) {
        tally.refuse(row.line(), "text", "The same contact is on line " + earlier);
        continue;
      }
      Note existing = kept.computeIfAbsent(person + "|" + note.contactDate(),
              k -> notes.onDay(user, person, note.contactDate())).stream()
          .filter(n -> n.kind() == note.kind() && n.text().equals(note.text().trim())).findFirst().orElse(null);
      if (existing == null) {
        record(user, row, person, note, tally);
      } else if (agrees(row, note, existing, tally)) {
        tally.unchanged();
      }
    }
  }

  private void record(CurrentUser user, Row row, UUID person, NewNote note, Tally tally) {
    try {
      notes.record(user, person, note);
      tally.create();
    } catch (InvalidInput e) {
      e.problems().forEach(p -> tally.refuse(row.line(), column(p.field()), p.message()));
    } catch (Refused e) {
      tally.refuse(row.line(), column(e.field()), e.getMessage());
    }
  }

  private static @Nullable NewNote note(Row row, Tally tally) {
    try {
      LocalDate date = Cells.date("contact_date", row.get("contact_date"));
      ContactKind kind = kind(row.get("kind"));
      Integer minutes = Cells.number("minutes", row.get("minutes"));
      boolean shared = Cells.flag("shared", row.get("shared")).orElse(true);
      boolean restricted = Cells.flag("restricted", row.get("restricted")).orElse(false);
      return new NewNote(kind, date, minutes, row.get("text"), shared, row.get("not_shared_reason"), restricted);
    } catch (Cells.Wrong wrong) {
      tally.refuse(row.line(), wrong.field, wrong.getMessage());
      return null;
    }
  }

  private static @Nullable ContactKind kind(@Nullable String code) {
    if (code == null) {
      return null;
    }
    try {
      ContactKind kind = ContactKind.valueOf(code.toUpperCase(Locale.ROOT));
      return ContactKind.forWorkers().contains(kind) ? kind : null;
    } catch (IllegalArgumentException e) {
      throw new Cells.Wrong("kind", "\"" + code + "\" is not a kind of contact: use a code from the list");
    }
  }

  private static boolean agrees(Row row, NewNote note, Note existing, Tally tally) {
    boolean agrees = true;
    if (row.get("minutes") != null && !Objects.equals(note.durationMinutes(), existing.durationMinutes())) {
      agrees = false;
      tally.refuse(row.line(), "minutes", "This contact is already recorded as lasting "
          + existing.durationMinutes() + " minutes. Amend the note itself if this is right");
    }
    if ((row.get("shared") != null || row.get("restricted") != null) && note.shared() != existing.shared()) {
      agrees = false;
      tally.refuse(row.line(), "shared", "This contact is already recorded as " + (existing.shared() ? "" : "not ")
          + "shared with the person. An import never changes what is kept");
    }
    return agrees;
  }

  static String column(String field) {
    return switch (field) {
      case "contactDate" -> "contact_date";
      case "durationMinutes" -> "minutes";
      case "notSharedReason" -> "not_shared_reason";
      default -> Cells.column(field);
    };
  }
}
