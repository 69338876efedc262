package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.CaseloadEntry;
import org.bridgeway.people.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The demo sign-ins have people to work with: a caseload whose records open, and a manager who sees them. */
@BridgewayTest
class DemoCareTeamsTest {

  @Autowired AuthenticationManager authentication;
  @Autowired CareTeams teams;
  @Autowired People people;

  CurrentUser signIn(String username) {
    return (CurrentUser) authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
        DemoAccounts.PASSWORD)).getPrincipal();
  }

  @Test
  void eachDemoWorkerHasACaseloadOfTwentyWhoseRecordsOpenToThemAndTheirManager() {
    for (String alliance : new String[] {"lambeth", "leeds"}) {
      CurrentUser worker = signIn(alliance + "-worker");
      var caseload = teams.caseload(worker, 0, 50);

      assertThat(caseload.total()).as(alliance).isEqualTo(DemoCareTeams.CASELOAD);
      assertThat(caseload.items()).filteredOn(CaseloadEntry::keyWorker).hasSize(DemoCareTeams.CASELOAD / 2);
      assertThat(caseload.items()).allSatisfy(p -> assertThat(people.mayOpen(worker, p.personId())).isTrue());
    }
    CurrentUser lambethManager = signIn("lambeth-manager");
    assertThat(teams.caseload(signIn("lambeth-worker"), 0, 50).items())
        .allSatisfy(p -> assertThat(people.mayOpen(lambethManager, p.personId())).isTrue());
    assertThat(teams.caseload(signIn("leeds-panel"), 0, 50).items()).isNotEmpty()
        .allSatisfy(p -> assertThat(people.mayOpen(signIn("leeds-manager"), p.personId())).isTrue());
  }
}
