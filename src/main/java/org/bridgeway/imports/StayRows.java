package org.bridgeway.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stays: a stay is the same as one kept when it is the same person's, at the same service, from the same day.
 * Then each of its end, reason, destination and planned end that the row fills must agree with what is kept, or
 * the row is refused (an empty cell says nothing, so a stay ended in Bridgeway since still matches). A new stay is recorded through
 * the pathway's own service, with its rules (no two exclusive settings at once, no service past its capacity
 * without a reason) and its audit.
 */
@Component
class StayRows implements RowKind {

  private final Stays stays;
  private final PersonRows persons;
  private final ServiceNames services;

  StayRows(Stays stays, PersonRows persons, ServiceNames services) {
    this.stays = stays;
    this.persons = persons;
    this.services = services;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.STAYS;
  }

  @Override
  public void pass(CurrentUser user, List<Row> rows, Tally tally, boolean importing) {
    Map<String, PersonRecord> known = persons.known(user, rows);
    Map<String, ServiceRecord> byName = services.of(user);
    Map<UUID, List<Stay>> kept = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      tally.done();
      UUID person = persons.person(user, row, known, tally);
      ServiceRecord service = ServiceNames.find(byName, row, tally);
      NewStay stay = stay(row, service, tally);
      if (person == null || service == null || stay == null) {
        continue;
      }
      if (!stay.problems().isEmpty()) {
        stay.problems().forEach(p -> tally.refuse(row.line(), column(p.field()), p.message()));
        continue;
      }
      Integer earlier = seen.putIfAbsent(person + "|" + service.id() + "|" + stay.startDate(), row.line());
      if (earlier != null) {
        tally.refuse(row.line(), "start_date", "The same stay is on line " + earlier);
        continue;
      }
      Stay existing = kept.computeIfAbsent(person, p -> stays.ofPerson(user, p)).stream()
          .filter(s -> s.serviceId().equals(service.id()) && s.startDate().equals(stay.startDate()))
          .findFirst().orElse(null);
      if (existing == null) {
        record(user, row, person, stay, tally);
      } else if (agrees(row, stay, existing, tally)) {
        tally.unchanged();
      }
    }
  }

  private void record(CurrentUser user, Row row, UUID person, NewStay stay, Tally tally) {
    try {
      stays.record(user, person, stay);
      tally.create();
    } catch (InvalidInput e) {
      e.problems().forEach(p -> tally.refuse(row.line(), column(p.field()), p.message()));
    } catch (Refused e) {
      tally.refuse(row.line(), column(e.field()), e.getMessage());
    }
  }

  private static @Nullable NewStay stay(Row row, @Nullable ServiceRecord service, Tally tally) {
    try {
      LocalDate start = Cells.date("start_date", row.get("start_date"));
      LocalDate plannedEnd = Cells.date("planned_end_date", row.get("planned_end_date"));
      LocalDate end = Cells.date("end_date", row.get("end_date"));
      EndReason reason = endReason(row.get("end_reason"));
      return new NewStay(service == null ? null : service.id(), start, plannedEnd,
          row.get("capacity_override_reason"), end, reason, row.get("destination"));
    } catch (Cells.Wrong wrong) {
      tally.refuse(row.line(), wrong.field, wrong.getMessage());
      return null;
    }
  }

  private static @Nullable EndReason endReason(@Nullable String code) {
    if (code == null) {
      return null;
    }
    try {
      return EndReason.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Cells.Wrong("end_reason", "\"" + code + "\" is not a reason a stay ends: use a code from the list");
    }
  }

  private static boolean agrees(Row row, NewStay stay, Stay existing, Tally tally) {
    List<String> differ = new ArrayList<>();
    compare(differ, "planned_end_date", stay.plannedEndDate(), existing.plannedEndDate());
    compare(differ, "end_date", stay.endDate(), existing.endDate());
    compare(differ, "end_reason", stay.endReason(), existing.endReason());
    compare(differ, "destination", stay.destinationText(), existing.destination());
    for (String field : differ) {
      tally.refuse(row.line(), field, "This stay is already recorded differently: it has "
          + (field.equals("end_reason") && existing.endReason() != null ? existing.endReason().name()
              : shown(field, existing)) + ". Change the stay itself if this is right; an import never writes over "
          + "what is kept");
    }
    return differ.isEmpty();
  }

  private static String shown(String field, Stay existing) {
    Object value = switch (field) {
      case "planned_end_date" -> existing.plannedEndDate();
      case "end_date" -> existing.endDate();
      default -> existing.destination();
    };
    return value == null ? "nothing" : "\"" + value + "\"";
  }

  private static void compare(List<String> differ, String field, @Nullable Object mine, @Nullable Object theirs) {
    if (mine != null && !Objects.equals(mine, theirs)) {
      differ.add(field);
    }
  }

  static String column(String field) {
    return field.equals("serviceId") ? "service" : field.equals("endReason") ? "end_reason" : Cells.column(field);
  }
}
