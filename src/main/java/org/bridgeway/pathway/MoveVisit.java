package org.bridgeway.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A visit or meeting with the receiving service as saved; one recorded in error is voided and stays on record. */
public record MoveVisit(
    UUID id,
    LocalDate visitDate,
    VisitKind kind,
    @Nullable String withWhom,
    @Nullable String notes,
    String recordedBy,
    Instant recordedAt,
    @Nullable String voidedBy,
    @Nullable Instant voidedAt,
    @Nullable String voidReason) {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  public boolean voided() {
    return voidedAt != null;
  }

  /** Who voided the visit, when and why, in words; empty while it stands. */
  public String voidedNote() {
    return voidedAt == null ? "" : "Voided by " + voidedBy + " on " + WHEN.format(voidedAt) + ": " + voidReason;
  }
}
