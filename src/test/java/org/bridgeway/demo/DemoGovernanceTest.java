package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.governance.ForumActions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's forum and initiatives, checked on the demo data the tests load. */
@BridgewayTest
class DemoGovernanceTest {

  @Autowired Alliances alliances;
  @Autowired JdbcClient jdbc;
  @Autowired ForumActions actions;

  @Test
  void bothAlliancesHaveMonthlyMeetingsMostlyClosedActionsAndAFewOpen() {
    for (String name : List.of("lambeth", "leeds")) {
      UUID alliance = alliances.findByShortName(name).orElseThrow();
      long meetings = jdbc.sql("select count(*) from forum_meeting where alliance_id = ?").param(alliance)
          .query(Long.class).single();
      long closed = jdbc.sql("select count(*) from forum_action where alliance_id = ? and closed_on is not null")
          .param(alliance).query(Long.class).single();
      long open = jdbc.sql("select count(*) from forum_action where alliance_id = ? and closed_on is null")
          .param(alliance).query(Long.class).single();
      assertThat(meetings).as(name + " meetings").isEqualTo(DemoGovernance.MONTHS);
      assertThat(closed).as(name + " closed actions").isGreaterThan(open * 2);
      assertThat(open).as(name + " open actions").isPositive();
      assertThat(actions.youSaidWeDid(name, 0).actions().total()).isEqualTo(closed);
    }
  }

  @Test
  void leedsInitiativesHaveMilestonesIn2005To2009AndLambethsIn2014To2018() {
    assertThat(years("leeds")).contains(2005, 2006, 2007, 2008, 2009);
    assertThat(years("lambeth")).contains(2014, 2015, 2016, 2017, 2018);
    UUID leeds = alliances.findByShortName("leeds").orElseThrow();
    assertThat(jdbc.sql("select title from initiative where alliance_id = ?").param(leeds).query(String.class).list())
        .contains("Area pilot in East North East Leeds", "From day centres to a network of drop-ins",
            "The employment team");
  }

  private List<Integer> years(String name) {
    UUID alliance = alliances.findByShortName(name).orElseThrow();
    return jdbc.sql("select distinct year from initiative_milestone where alliance_id = ? order by year")
        .param(alliance).query(Integer.class).list();
  }
}
