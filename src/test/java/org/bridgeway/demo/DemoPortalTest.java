package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.People;
import org.bridgeway.portal.AccessLogEntry;
import org.bridgeway.portal.MyPathway;
import org.bridgeway.portal.MyRecord;
import org.bridgeway.portal.AccessLog;
import org.bridgeway.portal.RecordCopy;
import org.bridgeway.portal.Zips;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The demo person's own record holds together on the demo's data: their journey, their team, who looked, the copy. */
@BridgewayTest
class DemoPortalTest {

  @Autowired AuthenticationManager authentication;
  @Autowired MyRecord myRecord;
  @Autowired AccessLog accessLog;
  @Autowired RecordCopy copy;
  @Autowired People people;

  CurrentUser signIn(String username) {
    return (CurrentUser) authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
        DemoAccounts.PASSWORD)).getPrincipal();
  }

  @Test
  void desmondSeesWhereHeLivesHisJourneyHisTeamTheWorkerWhoLookedAndACopyOfItAll() throws IOException {
    CurrentUser desmond = signIn("lambeth-person");
    people.read(signIn("lambeth-worker"), desmond.personId());

    MyPathway pathway = myRecord.pathway(desmond);
    assertThat(pathway.now()).isNotEmpty();
    assertThat(pathway.now().get(0).sentence()).startsWith("Since ").contains(" you have lived at ");
    // The README says he has been through the ward, community recovery and the flats, and stepped back up once.
    assertThat(pathway.before().size()).isGreaterThanOrEqualTo(3);
    assertThat(pathway.move()).isNotNull();
    assertThat(myRecord.team(desmond).current()).isNotEmpty();
    AccessLogEntry latest = accessLog.page(desmond, true, 0).items().get(0);
    assertThat(latest.role()).isEqualTo("Practitioner");
    assertThat(latest.what()).isEqualTo("Looked at your record");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    copy.write(desmond, out);
    Map<String, String> files = Zips.read(out.toByteArray());
    assertThat(files.get("notes.txt")).contains("written by you").doesNotContain("Safeguarding");
    assertThat(files.get("stays.csv").lines().count()).isEqualTo(1 + pathway.now().size() + pathway.before().size());
  }
}
