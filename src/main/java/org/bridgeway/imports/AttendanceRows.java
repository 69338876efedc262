package org.bridgeway.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.dayservices.AttendanceRegister;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.DaySession;
import org.bridgeway.dayservices.RegisterEntry;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Attendance: one mark on a session's register for a day. A mark is the same as one kept for the same session,
 * day and person; if it says present where the register says absent (or the other way), the row is refused. A new
 * mark is taken through the day services' own register, so only people registered with the service on the day
 * may be marked, and each mark is audited.
 */
@Component
class AttendanceRows implements RowKind {

  private final DayServices dayServices;
  private final PersonRows persons;
  private final ServiceNames services;

  AttendanceRows(DayServices dayServices, PersonRows persons, ServiceNames services) {
    this.dayServices = dayServices;
    this.persons = persons;
    this.services = services;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.ATTENDANCE;
  }

  @Override
  public void pass(CurrentUser user, List<Row> rows, Tally tally, boolean importing) {
    Map<String, PersonRecord> known = persons.known(user, rows);
    Map<String, ServiceRecord> byName = services.of(user);
    Map<String, AttendanceRegister> registers = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      tally.done();
      UUID person = persons.person(user, row, known, tally);
      ServiceRecord service = ServiceNames.find(byName, row, tally);
      LocalDate date = date(row, tally);
      Boolean present = present(row, tally);
      DaySession session = service == null || date == null ? null : session(user, row, service, date, tally);
      if (person == null || session == null || present == null) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(session.id() + "|" + date + "|" + person, row.line());
      if (earlier != null) {
        tally.refuse(row.line(), "date", "The same person at the same session on the same day is on line " + earlier);
        continue;
      }
      AttendanceRegister register = registers.computeIfAbsent(session.id() + "|" + date,
          k -> dayServices.register(user, service.id(), session.id(), date));
      RegisterEntry kept = register.entries().stream().filter(e -> e.personId().equals(person) && e.present() != null)
          .findFirst().orElse(null);
      if (kept == null) {
        mark(user, row, service, session, date, person, present, tally);
      } else if (kept.present().equals(present)) {
        tally.unchanged();
      } else {
        tally.refuse(row.line(), "present", "The register already has them as " + (kept.present() ? "present"
            : "absent") + ". Change the register itself if this is right");
      }
    }
  }

  private void mark(CurrentUser user, Row row, ServiceRecord service, DaySession session, LocalDate date,
      UUID person, boolean present, Tally tally) {
    try {
      dayServices.takeRegister(user, service.id(), session.id(), date, Map.of(person, present), null);
      tally.create();
    } catch (InvalidInput e) {
      e.problems().forEach(p -> tally.refuse(row.line(), p.field(), p.message()));
    } catch (Refused e) {
      tally.refuse(row.line(), e.field().equals("entries") ? "nhs_number" : e.field(), e.getMessage());
    }
  }

  private @Nullable DaySession session(CurrentUser user, Row row, ServiceRecord service, LocalDate date,
      Tally tally) {
    String title = row.get("session");
    if (title == null) {
      tally.refuse(row.line(), "session", "Enter the session's title");
      return null;
    }
    try {
      if (!dayServices.mayRun(user, service.id())) {
        tally.refuse(row.line(), "service", "You cannot take the registers of " + service.name());
        return null;
      }
      DaySession session = dayServices.sessions(user, service.id()).stream()
          .filter(s -> s.title().trim().equalsIgnoreCase(title)).findFirst().orElse(null);
      if (session == null) {
        tally.refuse(row.line(), "session", service.name() + " has no session called \"" + title + "\"");
      } else if (!session.runsOn(date)) {
        tally.refuse(row.line(), "date", "\"" + session.title() + "\" does not run on " + date);
        return null;
      }
      return session;
    } catch (RecordNotFound | AccessDenied e) {
      tally.refuse(row.line(), "service", service.name() + " is not a day service with sessions");
      return null;
    }
  }

  private static @Nullable LocalDate date(Row row, Tally tally) {
    try {
      LocalDate date = Cells.date("date", row.get("date"));
      if (date == null) {
        tally.refuse(row.line(), "date", "Enter the date of the session");
      }
      return date;
    } catch (Cells.Wrong wrong) {
      tally.refuse(row.line(), wrong.field, wrong.getMessage());
      return null;
    }
  }

  private static @Nullable Boolean present(Row row, Tally tally) {
    try {
      Boolean present = Cells.flag("present", row.get("present")).orElse(null);
      if (present == null) {
        tally.refuse(row.line(), "present", "Enter yes if they came, or no");
      }
      return present;
    } catch (Cells.Wrong wrong) {
      tally.refuse(row.line(), wrong.field, wrong.getMessage());
      return null;
    }
  }

}
