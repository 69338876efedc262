package org.bridgeway.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.people.NhsNumber;
import org.bridgeway.people.PersonSummary;
import org.bridgeway.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people from one search box. Ten digits are an NHS number; a date is a date of birth; a local id
 * (letters, a dash, digits) is matched exactly; anything else matches the start of the first, last or
 * preferred name, every word typed having to match.
 */
@Component
public class PersonSearch {

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
      DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK), DateTimeFormatter.ofPattern("d M uuuu"));

  private final JdbcClient jdbc;

  PersonSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Paged<PersonSummary> search(UUID alliance, String query, int page, int size) {
    String q = query.trim();
    String digits = NhsNumber.normalise(q);
    StringBuilder where = new StringBuilder("alliance_id = :alliance");
    List<Object[]> params = new ArrayList<>();
    params.add(new Object[] {"alliance", alliance});
    Optional<LocalDate> date = date(q);
    if (digits.matches("[0-9]{10}")) {
      where.append(" and nhs_number = :nhs");
      params.add(new Object[] {"nhs", digits});
    } else if (date.isPresent()) {
      where.append(" and date_of_birth = :dob");
      params.add(new Object[] {"dob", date.get()});
    } else if (q.matches("(?i)[a-z0-9-]+-[0-9]{6}")) {
      where.append(" and local_id = :local");
      params.add(new Object[] {"local", q.toUpperCase(Locale.ROOT)});
    } else {
      String[] words = q.toLowerCase(Locale.ROOT).split("\\s+");
      for (int i = 0; i < words.length && i < 4; i++) {
        String name = "w" + i;
        where.append(" and (lower(given_name) like :").append(name).append(" or lower(family_name) like :")
            .append(name).append(" or lower(preferred_name) like :").append(name).append(")");
        params.add(new Object[] {name, escape(words[i]) + "%"});
      }
    }
    long total = bind(jdbc.sql("select count(*) from person where " + where), params)
        .query(Long.class).single();
    List<PersonSummary> people = bind(jdbc.sql("select id, local_id, nhs_number, given_name, family_name, "
            + "preferred_name, date_of_birth, postcode from person where " + where
            + " order by lower(family_name), lower(given_name), date_of_birth, id limit :limit offset :offset"), params)
        .param("limit", size).param("offset", (long) page * size)
        .query((rs, n) -> new PersonSummary(rs.getObject("id", UUID.class), rs.getString("local_id"),
            rs.getString("nhs_number"), rs.getString("given_name"), rs.getString("family_name"),
            rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("postcode")))
        .list();
    return new Paged<>(people, page, size, total);
  }

  static Optional<LocalDate> date(String text) {
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // try the next way of writing a date
      }
    }
    return Optional.empty();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, List<Object[]> params) {
    for (Object[] p : params) {
      spec = spec.param((String) p[0], p[1]);
    }
    return spec;
  }

  private static String escape(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
