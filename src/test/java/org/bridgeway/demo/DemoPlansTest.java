package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.plans.MyPlans;
import org.bridgeway.plans.Plans;
import org.bridgeway.plans.ReviewDue;
import org.bridgeway.plans.SupportPlan;
import org.bridgeway.plans.VersionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The demo person has a plan in their own words with three versions and a draft; the worker has reviews due. */
@BridgewayTest
class DemoPlansTest {

  @Autowired AuthenticationManager authentication;
  @Autowired Plans plans;
  @Autowired MyPlans myPlans;

  CurrentUser signIn(String username) {
    return (CurrentUser) authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
        DemoAccounts.PASSWORD)).getPrincipal();
  }

  @Test
  void theDemoPersonHasThreeAgreedVersionsADraftOfTheirOwnAndProgressOnTheirGoals() {
    CurrentUser person = signIn("lambeth-person");

    SupportPlan mine = myPlans.mine(person);

    assertThat(mine.versions()).extracting(VersionSummary::number).containsExactly(3, 2, 1);
    assertThat(mine.agreed().content().whatMatters()).startsWith("Danny, my son.");
    assertThat(mine.draft()).isNotNull();
    assertThat(mine.draft().startedFrom()).isEqualTo(3);
    assertThat(mine.draft().changedName()).isEqualTo(mine.agreed().personAgreement().name());
    assertThat(mine.goals()).hasSize(3);
    assertThat(mine.goals()).allMatch(g -> !mine.progressOf(g.id()).isEmpty());
    assertThat(plans.compare(signIn("lambeth-worker"), person.personId(), "3",
        "draft").anyChange()).isTrue();
  }

  @Test
  void theDemoWorkerHasPlanReviewsOverdueAndDueSoon() {
    var reviews = plans.reviews(signIn("lambeth-worker"));

    assertThat(reviews).extracting(ReviewDue::overdue).contains(true, false);
    assertThat(reviews).isSortedAccordingTo(java.util.Comparator.comparing(ReviewDue::reviewOn));
  }
}
