package org.bridgeway.imports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.people.Codes;

/**
 * What a file holds, with its columns in the order of the template. A person is named by NHS number, or by the
 * local id Bridgeway gave them; services and sessions by their names in the alliance.
 */
public enum ImportKind {
  PEOPLE("People", "people", List.of(
      Column.of("nhs_number", false, "10 digits; spaces allowed. Matches an existing record", "943 476 5919"),
      Column.of("local_id", false, "Bridgeway's id for someone already recorded, when there is no NHS number", ""),
      Column.of("given_name", true, "First name", "Sam"),
      Column.of("family_name", true, "Last name", "Okafor"),
      Column.of("preferred_name", false, "The name they like to be called", ""),
      Column.of("date_of_birth", true, Cells.DATE_GUIDANCE, "1980-03-27"),
      Column.coded("gender", false, "A code from the list", "2", Codes.GENDER),
      Column.coded("ethnicity", false, "A code from the list", "N", Codes.ETHNICITY),
      Column.of("first_language", false, "In words", "English"),
      Column.of("interpreter_needed", false, Cells.FLAG_GUIDANCE, "no"),
      Column.of("postcode", false, "A UK postcode", "SW9 8AB"),
      Column.of("phone", false, "", "020 7946 0000"),
      Column.of("gp_practice_code", false, "A letter and 5 digits", "G85001"),
      Column.coded("funding", false, "A code from the list", "NHS", Codes.FUNDING),
      Column.coded("legal_status", false, "A code from the list", "INFORMAL", Codes.LEGAL_STATUS))),
  STAYS("Stays", "stays", List.of(
      Column.of("nhs_number", false, "The person's NHS number (or their local_id)", "943 476 5919"),
      Column.of("local_id", false, "Bridgeway's id for the person, when there is no NHS number", ""),
      Column.of("service", true, "The service's name, as in the alliance's set-up", "Acre Lane recovery house"),
      Column.of("start_date", true, Cells.DATE_GUIDANCE, "2025-01-06"),
      Column.of("planned_end_date", false, Cells.DATE_GUIDANCE, ""),
      Column.of("end_date", false, Cells.DATE_GUIDANCE + ". Empty while the stay goes on", "2025-06-30"),
      Column.coded("end_reason", false, "A code from the list, when the stay has ended", "MOVED_ON",
          labels(EndReason.values())),
      Column.of("destination", false, "Where they went", "Own tenancy"),
      Column.of("capacity_override_reason", false, "Why the service was filled past its capacity", ""))),
  CONTACTS("Contacts", "contacts", List.of(
      Column.of("nhs_number", false, "The person's NHS number (or their local_id)", "943 476 5919"),
      Column.of("local_id", false, "Bridgeway's id for the person, when there is no NHS number", ""),
      Column.of("contact_date", true, Cells.DATE_GUIDANCE, "2025-02-14"),
      Column.coded("kind", true, "A code from the list", "FACE_TO_FACE", labels(ContactKind.forWorkers())),
      Column.of("minutes", false, "How long it lasted; empty for a missed contact or a note", "45"),
      Column.of("text", true, "The note of the contact", "Talked about the move and the bills."),
      Column.of("shared", false, Cells.FLAG_GUIDANCE + ". Shared with the person unless no", "yes"),
      Column.of("not_shared_reason", false, "Why it is not shared, when shared is no", ""),
      Column.of("restricted", false, Cells.FLAG_GUIDANCE + ". Seen only inside the writer's organisation", "no"))),
  ATTENDANCE("Attendance", "attendance", List.of(
      Column.of("nhs_number", false, "The person's NHS number (or their local_id)", "943 476 5919"),
      Column.of("local_id", false, "Bridgeway's id for the person, when there is no NHS number", ""),
      Column.of("service", true, "The day service's name", "Brixton drop-in"),
      Column.of("session", true, "The session's title at that service", "Tuesday drop-in"),
      Column.of("date", true, Cells.DATE_GUIDANCE + ". A day the session runs on", "2025-03-04"),
      Column.of("present", true, Cells.FLAG_GUIDANCE, "yes")));

  private final String label;
  private final String slug;
  private final List<Column> columns;

  ImportKind(String label, String slug, List<Column> columns) {
    this.label = label;
    this.slug = slug;
    this.columns = columns;
  }

  public String label() {
    return label;
  }

  public String slug() {
    return slug;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> headings() {
    return columns.stream().map(Column::heading).toList();
  }

  public static ImportKind fromSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug.toLowerCase(Locale.ROOT))).findFirst()
        .orElseThrow(() -> new org.bridgeway.shared.RecordNotFound("Kind of import"));
  }

  private static Map<String, String> labels(Enum<?>[] values) {
    return labels(Arrays.asList(values));
  }

  private static Map<String, String> labels(List<? extends Enum<?>> values) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (Enum<?> value : values) {
      codes.put(value.name(), value instanceof ContactKind k ? k.label() : ((EndReason) value).label());
    }
    return codes;
  }
}
