package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A referral as the referrer makes it. Checks itself: {@link #problems(LocalDate)} lists what is wrong. */
public record NewReferral(
    @Nullable UUID personId,
    @Nullable ReferralSource source,
    @Nullable String referrerName,
    @Nullable UUID referrerOrganisationId,
    @Nullable String referrerContact,
    @Nullable LocalDate receivedOn,
    @Nullable String reason,
    boolean panelToDecide,
    @Nullable List<UUID> requestedServices,
    @Nullable Urgency urgency,
    @Nullable String risks,
    @Nullable Boolean consentToShare,
    @Nullable String consentOverrideReason,
    @Nullable String attachments) {

  public List<UUID> services() {
    return requestedServices == null ? List.of() : requestedServices;
  }

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (personId == null) {
      problems.add(new FieldProblem("personId", "Choose the person being referred"));
    }
    if (source == null) {
      problems.add(new FieldProblem("source", "Select who the referral is from"));
    }
    if (referrerName == null || referrerName.isBlank()) {
      problems.add(new FieldProblem("referrerName", "Enter the name of the person making the referral"));
    }
    if (receivedOn == null) {
      problems.add(new FieldProblem("receivedOn", "Enter the date the referral was received"));
    } else if (receivedOn.isAfter(today)) {
      problems.add(new FieldProblem("receivedOn", "The date received must be today or in the past"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "Enter the reason for the referral, in plain words"));
    } else if (reason.length() > 4000) {
      problems.add(new FieldProblem("reason", "Enter the reason in 4000 characters or fewer"));
    }
    if (!panelToDecide && services().isEmpty()) {
      problems.add(new FieldProblem("requestedServices", "Choose at least one service, or ask the panel to decide"));
    }
    if (urgency == null) {
      problems.add(new FieldProblem("urgency", "Select how urgent the referral is"));
    }
    if (consentToShare == null) {
      problems.add(new FieldProblem("consentToShare", "Select whether the person consents to sharing the referral"));
    }
    return problems;
  }
}
