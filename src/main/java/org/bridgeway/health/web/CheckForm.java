package org.bridgeway.health.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.bridgeway.health.AlcoholStatus;
import org.bridgeway.health.Element;
import org.bridgeway.health.HealthCheck;
import org.bridgeway.health.Intervention;
import org.bridgeway.health.InterventionKind;
import org.bridgeway.health.NewCheck;
import org.bridgeway.health.Outcome;
import org.bridgeway.health.Reading;
import org.bridgeway.health.Response;
import org.bridgeway.health.Smoking;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What the check form sends, every field as typed (the page shows them again when refused). Dates come as three
 * fields; an element's own date may be left empty when it was taken on the day of the check.
 */
final class CheckForm {

  static final List<String> VALUES = List.of("alcoholUnits", "alcoholStatus", "glucose", "hba1c", "systolic",
      "diastolic", "heightCm", "weightKg", "totalCholesterol", "hdl", "ratio", "smokingStatus", "perDay", "reason");

  private final Map<String, String> fields = new LinkedHashMap<>();

  CheckForm(Map<String, String> sent) {
    date("checkDate");
    date("nextDue");
    for (Element element : Element.values()) {
      fields.put(element.field() + "Outcome", "");
      fields.put(element.field() + "Reason", "");
      date(element.field() + "TakenOn");
    }
    VALUES.forEach(name -> fields.put(name, ""));
    fields.put("carriedOutBy", "");
    for (InterventionKind kind : InterventionKind.values()) {
      fields.put("intervention" + kind.name(), "");
    }
    fields.keySet().forEach(key -> fields.put(key, sent.getOrDefault(key, "").trim()));
  }

  /** A new check on the day, carried out by the member of staff given (the signed-in user's own record). */
  static CheckForm on(LocalDate day, @Nullable UUID carriedOutBy) {
    Map<String, String> sent = new LinkedHashMap<>();
    parts(sent, "checkDate", day);
    sent.put("carriedOutBy", carriedOutBy == null ? "" : carriedOutBy.toString());
    for (Element element : Element.values()) {
      sent.put(element.field() + "Outcome", Outcome.RECORDED.name());
    }
    return new CheckForm(sent);
  }

  static CheckForm of(HealthCheck check) {
    Map<String, String> sent = new LinkedHashMap<>();
    parts(sent, "checkDate", check.checkDate());
    parts(sent, "nextDue", check.nextDue());
    for (Reading r : check.readings()) {
      String p = r.element().field();
      sent.put(p + "Outcome", r.outcome().name());
      sent.put(p + "Reason", text(r.reason()));
      if (!r.takenOn().equals(check.checkDate())) {
        parts(sent, p + "TakenOn", r.takenOn());
      }
      put(sent, "alcoholUnits", r.alcoholUnits());
      put(sent, "alcoholStatus", r.alcoholStatus() == null ? null : r.alcoholStatus().name());
      put(sent, "glucose", r.glucose());
      put(sent, "hba1c", r.hba1c());
      put(sent, "systolic", r.systolic());
      put(sent, "diastolic", r.diastolic());
      put(sent, "heightCm", r.heightCm());
      put(sent, "weightKg", r.weightKg());
      put(sent, "totalCholesterol", r.totalCholesterol());
      put(sent, "hdl", r.hdl());
      put(sent, "ratio", r.ratio());
      put(sent, "smokingStatus", r.smoking() == null ? null : r.smoking().name());
      put(sent, "perDay", r.perDay());
    }
    check.interventions().forEach(i -> sent.put("intervention" + i.kind().name(), i.response().name()));
    return new CheckForm(sent);
  }

  Map<String, String> fields() {
    return fields;
  }

  @Nullable String reason() {
    return fields.get("reason").isEmpty() ? null : fields.get("reason");
  }

  /** The check typed; a date or number that is not a real one is a problem of its own. */
  NewCheck check() {
    Parsing parse = new Parsing(fields);
    LocalDate checkDate = parse.date("checkDate", "Enter a real date for the check, like 10 5 2026");
    LocalDate nextDue = parse.date("nextDue", "Enter a real date for the next check, or leave it empty");
    List<Reading> readings = new ArrayList<>();
    for (Element element : Element.values()) {
      Reading reading = reading(parse, element, checkDate);
      if (reading != null) {
        readings.add(reading);
      }
    }
    List<Intervention> interventions = new ArrayList<>();
    for (InterventionKind kind : InterventionKind.values()) {
      Response response = parse.choice("intervention" + kind.name(), Response::valueOf);
      if (response != null) {
        interventions.add(new Intervention(kind, response));
      }
    }
    if (checkDate == null && parse.problems().stream().noneMatch(p -> p.field().equals("checkDate"))) {
      parse.problems().add(new FieldProblem("checkDate", "Enter the date of the check"));
    }
    if (!parse.problems().isEmpty()) {
      throw new InvalidInput(parse.problems());
    }
    UUID carriedOutBy = parse.choice("carriedOutBy", UUID::fromString);
    if (!parse.problems().isEmpty()) {
      throw new InvalidInput(parse.problems());
    }
    return new NewCheck(checkDate, readings, interventions, nextDue, carriedOutBy);
  }

  private @Nullable Reading reading(Parsing parse, Element element, @Nullable LocalDate checkDate) {
    String p = element.field();
    Outcome outcome = parse.choice(p + "Outcome", Outcome::valueOf);
    LocalDate own = parse.date(p + "TakenOn", "Enter a real date, or leave it empty if it was the day of the check");
    LocalDate on = own != null ? own : checkDate;
    if (outcome == null) {
      parse.problems().add(new FieldProblem(p + "Outcome", "Choose whether " + element.label().toLowerCase()
          + " was recorded, declined or not done"));
      return null;
    }
    if (on == null) {
      return null;
    }
    if (outcome != Outcome.RECORDED) {
      return Reading.notTaken(element, outcome, on, fields.get(p + "Reason"));
    }
    return switch (element) {
      case ALCOHOL -> Reading.alcohol(on, parse.whole("alcoholUnits"),
          parse.choice("alcoholStatus", AlcoholStatus::valueOf));
      case GLUCOSE -> Reading.glucose(on, parse.decimal("glucose"), parse.decimal("hba1c"));
      case BLOOD_PRESSURE -> Reading.bloodPressure(on, parse.whole("systolic"), parse.whole("diastolic"));
      case BODY_SIZE -> Reading.bodySize(on, parse.decimal("heightCm"), parse.decimal("weightKg"));
      case LIPIDS -> Reading.lipids(on, parse.decimal("totalCholesterol"), parse.decimal("hdl"),
          parse.decimal("ratio"));
      case SMOKING -> Reading.smoking(on, parse.choice("smokingStatus", Smoking::valueOf), parse.whole("perDay"));
    };
  }

  private void date(String name) {
    fields.put(name + "Day", "");
    fields.put(name + "Month", "");
    fields.put(name + "Year", "");
  }

  private static void parts(Map<String, String> sent, String name, LocalDate day) {
    sent.put(name + "Day", String.valueOf(day.getDayOfMonth()));
    sent.put(name + "Month", String.valueOf(day.getMonthValue()));
    sent.put(name + "Year", String.valueOf(day.getYear()));
  }

  private static void put(Map<String, String> sent, String name, @Nullable Object value) {
    if (value != null) {
      sent.put(name, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
    }
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** Reads typed values, noting a problem beside each that is not what it should be. */
  private record Parsing(Map<String, String> fields, List<FieldProblem> problems) {

    Parsing(Map<String, String> fields) {
      this(fields, new ArrayList<>());
    }

    @Nullable LocalDate date(String name, String message) {
      String d = fields.get(name + "Day");
      String m = fields.get(name + "Month");
      String y = fields.get(name + "Year");
      if (DateParts.blank(d, m, y)) {
        return null;
      }
      LocalDate date = DateParts.parse(d, m, y).orElse(null);
      if (date == null) {
        problems.add(new FieldProblem(name, message));
      }
      return date;
    }

    @Nullable BigDecimal decimal(String name) {
      return number(name, BigDecimal::new, "Enter a number, like 72.5");
    }

    @Nullable Integer whole(String name) {
      return number(name, Integer::valueOf, "Enter a whole number, like 12");
    }

    <T> @Nullable T choice(String name, Function<String, T> of) {
      return number(name, of, "Choose one of the options");
    }

    private <T> @Nullable T number(String name, Function<String, T> of, String message) {
      String value = fields.get(name);
      if (value == null || value.isEmpty()) {
        return null;
      }
      try {
        return of.apply(value);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(name, message));
        return null;
      }
    }
  }
}
