package org.bridgeway.referrals.web;

import java.util.Optional;
import java.time.LocalDate;
import org.bridgeway.shared.DateParts;
import org.jspecify.annotations.Nullable;

/** What the triage forms on a referral's page send; each form sends its own fields and the version read. */
record TriageForm(
    @Nullable Integer version,
    @Nullable String note,
    @Nullable String question,
    @Nullable String answer,
    @Nullable String signpostReason,
    @Nullable String declineReasonId,
    @Nullable String declineDetail,
    @Nullable String reopenReason,
    @Nullable String firstContactOnDay,
    @Nullable String firstContactOnMonth,
    @Nullable String firstContactOnYear) {

  static TriageForm blank() {
    return new TriageForm(null, null, null, null, null, null, null, null, null, null, null);
  }

  int versionRead() {
    return version == null ? -1 : version;
  }

  Optional<LocalDate> firstContactOn() {
    return DateParts.parse(firstContactOnDay, firstContactOnMonth, firstContactOnYear);
  }
}
