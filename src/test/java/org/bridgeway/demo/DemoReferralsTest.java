package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.Waiting;
import org.bridgeway.referrals.WaitingFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BridgewayTest
class DemoReferralsTest {

  @Autowired Alliances alliances;
  @Autowired Waiting waiting;
  @Autowired JdbcClient jdbc;

  @Test
  void bothAlliancesHaveReferralsInEveryStateWithTimelinesAndWaitingTimes() {
    for (String alliance : List.of("lambeth", "leeds")) {
      UUID id = alliances.findByShortName(alliance).orElseThrow();
      List<String> states = jdbc.sql("select distinct status from referral where alliance_id = ?").param(id)
          .query(String.class).list();
      long withoutTimeline = jdbc.sql("""
              select count(*) from referral r where alliance_id = ? and not exists (select 1 from referral_event e
                where e.alliance_id = r.alliance_id and e.referral_id = r.id)""").param(id).query(Long.class).single();
      WaitingFigures all = waiting.figures(id, LocalDate.now().minusMonths(18), LocalDate.now(), null).get(0);

      assertThat(states).as(alliance).containsExactlyInAnyOrder(
          java.util.Arrays.stream(ReferralStatus.values()).map(Enum::name).toArray(String[]::new));
      assertThat(withoutTimeline).isZero();
      assertThat(all.toDecision().count()).isGreaterThan(20);
      assertThat(all.toFirstContact().count()).isGreaterThan(10);
    }
  }
}
