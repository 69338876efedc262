package org.bridgeway.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.shared.FieldProblem;
import org.springframework.stereotype.Component;

/** Checks that a referral names only organisations and services of its own alliance. */
@Component
class Partners {

  private final Organisations organisations;
  private final Services services;

  Partners(Organisations organisations, Services services) {
    this.organisations = organisations;
    this.services = services;
  }

  List<FieldProblem> problems(UUID alliance, NewReferral referral) {
    List<FieldProblem> problems = new ArrayList<>();
    if (referral.referrerOrganisationId() != null
        && !organisations.exists(alliance, referral.referrerOrganisationId())) {
      problems.add(new FieldProblem("referrerOrganisationId", "Select the referrer's organisation from the list"));
    }
    if (!referral.services().isEmpty()) {
      Set<UUID> known = services.all(alliance).stream().map(ServiceRecord::id).collect(Collectors.toSet());
      if (!known.containsAll(referral.services())) {
        problems.add(new FieldProblem("requestedServices", "Choose services from the list"));
      }
    }
    return problems;
  }
}
