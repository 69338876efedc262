package org.bridgeway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.Caller;
import org.bridgeway.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page a hub lists for a role opens for that role, and each role's menu leads to its hubs alone. */
@BridgewayTest
class HubLinksTest {

  @LocalServerPort int port;
  @Autowired TestAlliances alliances;
  @Autowired TestAccounts accounts;

  @Test
  void everyListedPageOpensForTheRolesItIsListedFor() {
    TestAlliance alliance = alliances.create();
    List<String> wrong = new ArrayList<>();
    for (Role role : Role.values()) {
      if (!role.allianceRole() || role == Role.PERSON) {
        continue;
      }
      Caller caller = Caller.signedIn(port, accounts.open(alliance, role));
      for (Hub hub : Hub.values()) {
        HttpResponse<String> hubPage = caller.call("GET", hub.href(), false);
        List<HubLinks.HubLink> links = HubLinks.in(hub, role);
        int expected = links.isEmpty() ? 404 : 200;
        if (hubPage.statusCode() != expected) {
          wrong.add(role + " " + hub.href() + ": " + hubPage.statusCode() + ", expected " + expected);
        }
        for (HubLinks.HubLink link : links) {
          if (!hubPage.body().contains("href=\"" + link.href() + "\"")) {
            wrong.add(role + " " + hub.href() + " does not list " + link.href());
          }
          int status = caller.call("GET", link.href(), false).statusCode();
          if (status != 200) {
            wrong.add(role + " " + link.href() + ": " + status);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theMenuShowsAHubOnlyToRolesWithPagesInIt() {
    // A practitioner has pathway pages but no alliance set-up; an administrator has both.
    List<String> practitioner = LayoutAdvice.menuFor(Role.PRACTITIONER, "/pathway/board").stream()
        .map(NavigationItem::label).toList();
    assertThat(practitioner).contains("Pathway").doesNotContain("Alliance set-up");
    assertThat(LayoutAdvice.menuFor(Role.PRACTITIONER, "/pathway/board"))
        .filteredOn(NavigationItem::current).extracting(NavigationItem::label).containsExactly("Pathway");
    assertThat(LayoutAdvice.menuFor(Role.ADMIN, "/admin/audit")).extracting(NavigationItem::label)
        .contains("Alliance");
    assertThat(LayoutAdvice.menuFor(Role.PERSON, "/me")).extracting(NavigationItem::label)
        .containsExactly("Home", "My record", "My plan", "My notes");
    // A manager has the longest menu: its short labels keep every item on the header's one line at desktop width,
    // where a longer one pushed "Money" into the "More" list (the browser journeys click these items).
    assertThat(LayoutAdvice.menuFor(Role.MANAGER, "/")).extracting(NavigationItem::label).containsExactly("Home",
        "People", "My caseload", "Referrals", "Panel", "Pathway", "Services", "Money", "Alliance");
  }
}
