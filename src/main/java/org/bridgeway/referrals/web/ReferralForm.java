package org.bridgeway.referrals.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.referrals.NewReferral;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.Urgency;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The referral form as typed; {@link #command()} makes the referral it describes. */
record ReferralForm(
    @Nullable String personId,
    @Nullable String source,
    @Nullable String referrerName,
    @Nullable String referrerOrganisationId,
    @Nullable String referrerContact,
    @Nullable String receivedOnDay,
    @Nullable String receivedOnMonth,
    @Nullable String receivedOnYear,
    @Nullable String reason,
    @Nullable Boolean panelToDecide,
    @Nullable List<String> requestedServices,
    @Nullable String urgency,
    @Nullable String risks,
    @Nullable String consentToShare,
    @Nullable String consentOverrideReason,
    @Nullable String attachments) {

  static ReferralForm startFor(UUID person, String referrerName, @Nullable UUID organisation, LocalDate today) {
    return new ReferralForm(person.toString(), ReferralSource.PRACTITIONER.name(), referrerName,
        organisation == null ? null : organisation.toString(), null, String.valueOf(today.getDayOfMonth()),
        String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), null, false, List.of(), null, null,
        null, null, null);
  }

  public boolean requested(UUID service) {
    return requestedServices != null && requestedServices.contains(service.toString());
  }

  /** Fails with every problem of the form when a date or choice typed cannot be read at all. */
  void check(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!DateParts.blank(receivedOnDay, receivedOnMonth, receivedOnYear)
        && DateParts.parse(receivedOnDay, receivedOnMonth, receivedOnYear).isEmpty()) {
      problems.add(new FieldProblem("receivedOn", "The date received must be a real date, like 4 5 2026"));
    }
    if (!problems.isEmpty()) {
      command().problems(today).stream().filter(p -> !p.field().equals("receivedOn")).forEach(problems::add);
      throw new InvalidInput(problems);
    }
  }

  NewReferral command() {
    boolean consent = "yes".equals(consentToShare);
    return new NewReferral(uuid(personId), parse(ReferralSource.class, source), referrerName,
        uuid(referrerOrganisationId), referrerContact,
        DateParts.parse(receivedOnDay, receivedOnMonth, receivedOnYear).orElse(null), reason,
        Boolean.TRUE.equals(panelToDecide),
        requestedServices == null ? List.of() : requestedServices.stream().map(ReferralForm::uuid)
            .filter(java.util.Objects::nonNull).toList(),
        parse(Urgency.class, urgency), risks, consentToShare == null ? null : consent,
        consent ? null : consentOverrideReason, attachments);
  }

  static @Nullable UUID uuid(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
    try {
      return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
