package org.bridgeway.referrals;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One event on a referral's timeline: who did what, when, and in their words why. */
public record TimelineEntry(
    Instant occurredAt,
    String actor,
    String kind,
    @Nullable ReferralStatus from,
    @Nullable ReferralStatus to,
    @Nullable String detail) {

  private static final Map<String, String> WHAT = Map.ofEntries(
      Map.entry("REFERRED", "Referral received"),
      Map.entry("ACCEPTED_FOR_PANEL", "Accepted for the panel"),
      Map.entry("MORE_INFORMATION_REQUESTED", "More information asked for"),
      Map.entry("ANSWERED", "Question answered"),
      Map.entry("SIGNPOSTED", "Signposted elsewhere"),
      Map.entry("DECLINED", "Declined"),
      Map.entry("REOPENED", "Re-opened"),
      Map.entry("FIRST_CONTACT", "First contact recorded"));

  private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
      .ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

  /** When, as people in the UK read it: "10 May 2026, 14:05". */
  public String when() {
    return WHEN.format(occurredAt);
  }

  /** What happened, in words; kinds written by other parts of the referral's way show their status move. */
  public String what() {
    String known = WHAT.get(kind);
    if (known != null) {
      return known;
    }
    return to == null ? kind.replace('_', ' ').toLowerCase() : "Moved to " + to.label().toLowerCase();
  }
}
