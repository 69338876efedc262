package org.bridgeway.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bridgeway.alliance.ServiceKind;

/** Dates and kinds of place as a person reads them, without the pathway's jargon. */
public final class PlainWords {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private PlainWords() {}

  /** "3 March 2025". */
  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** "3 March 2025 at 2:05pm", in UK time. */
  public static String when(Instant instant) {
    return WHEN.format(instant).replace("AM", "am").replace("PM", "pm");
  }

  /** The kind of place in everyday words: "a care home", "your own home, with visits from a support worker". */
  public static String place(ServiceKind kind) {
    return switch (kind) {
      case INPATIENT_REHABILITATION -> "a rehabilitation ward in hospital";
      case NURSING_CARE -> "a nursing home";
      case RESIDENTIAL_CARE -> "a care home";
      case COMMUNITY_RECOVERY -> "a recovery house with staff to help you";
      case STAFFED_FLATS -> "flats with staff there day and night";
      case SUPPORTED_LIVING -> "supported living";
      case FLOATING_SUPPORT -> "your own home, with visits from a support worker";
      case OWN_HOME -> "your own home";
      case ACUTE_WARD -> "a hospital ward";
      case CRISIS_ALTERNATIVE -> "a crisis house";
      default -> kind.label().toLowerCase(Locale.UK);
    };
  }
}
