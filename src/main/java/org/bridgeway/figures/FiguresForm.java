package org.bridgeway.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard's form sends, and so the query of every link made from it (the drill-down, the charts, the
 * downloads): the period and the baseline as three fields a day, and the filters. A bad field is refused by its
 * name, as {@link org.bridgeway.shared.InvalidInput}.
 */
public record FiguresForm(
    @Nullable String startDay, @Nullable String startMonth, @Nullable String startYear,
    @Nullable String endDay, @Nullable String endMonth, @Nullable String endYear,
    @Nullable String baselineStartDay, @Nullable String baselineStartMonth, @Nullable String baselineStartYear,
    @Nullable String baselineEndDay, @Nullable String baselineEndMonth, @Nullable String baselineEndYear,
    @Nullable String organisation, @Nullable String service, @Nullable String serviceKind,
    @Nullable String locality) {

  public static FiguresForm of(Choice c) {
    Period p = c.period();
    Period b = c.baseline();
    Filters f = c.filters();
    return new FiguresForm(d(p.start()), m(p.start()), y(p.start()), d(p.end()), m(p.end()), y(p.end()),
        d(b.start()), m(b.start()), y(b.start()), d(b.end()), m(b.end()), y(b.end()), text(f.organisationId()),
        text(f.serviceId()), f.serviceKind() == null ? null : f.serviceKind().name(), text(f.localityId()));
  }

  /** The choice asked for; with no period, {@code byDefault}. */
  public Choice choice(Period byDefault) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = date("start", startDay, startMonth, startYear, problems);
    LocalDate end = date("end", endDay, endMonth, endYear, problems);
    LocalDate baselineStart = date("baselineStart", baselineStartDay, baselineStartMonth, baselineStartYear,
        problems);
    LocalDate baselineEnd = date("baselineEnd", baselineEndDay, baselineEndMonth, baselineEndYear, problems);
    Filters filters = new Filters(uuid("organisation", organisation, problems), uuid("service", service, problems),
        kind(problems), uuid("locality", locality, problems));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return Choice.of(start, end, baselineStart, baselineEnd, filters, byDefault);
  }

  private @Nullable ServiceKind kind(List<FieldProblem> problems) {
    if (serviceKind == null || serviceKind.isBlank()) {
      return null;
    }
    return Arrays.stream(ServiceKind.values()).filter(k -> k.name().equals(serviceKind)).findFirst().orElseGet(() -> {
      problems.add(new FieldProblem("serviceKind", "Select a kind of service from the list"));
      return null;
    });
  }

  private static @Nullable LocalDate date(String field, @Nullable String day, @Nullable String month,
      @Nullable String year, List<FieldProblem> problems) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    return DateParts.parse(day, month, year).orElseGet(() -> {
      problems.add(new FieldProblem(field, "Enter a real date, like 1 7 2026"));
      return null;
    });
  }

  private static @Nullable UUID uuid(String field, @Nullable String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "Select an option from the list"));
      return null;
    }
  }

  private static @Nullable String text(@Nullable UUID id) {
    return id == null ? null : id.toString();
  }

  private static String d(LocalDate date) {
    return String.valueOf(date.getDayOfMonth());
  }

  private static String m(LocalDate date) {
    return String.valueOf(date.getMonthValue());
  }

  private static String y(LocalDate date) {
    return String.valueOf(date.getYear());
  }
}
