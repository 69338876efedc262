package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.alliance.Alliances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BridgewayTest
class DemoPanelsTest {

  @Autowired Alliances alliances;
  @Autowired JdbcClient jdbc;

  @Test
  void bothAlliancesHavePastPanelsWithMembersPresentDecisionsMatchingTheReferralsAndActions() {
    for (String alliance : List.of("lambeth", "leeds")) {
      UUID id = alliances.findByShortName(alliance).orElseThrow();
      long past = count("select count(*) from panel_meeting where alliance_id = ? and meets_on < current_date", id);
      long withoutMembers = count("""
          select count(*) from panel_meeting m where alliance_id = ? and not exists (select 1 from panel_attendee a
            where a.alliance_id = m.alliance_id and a.panel_id = m.id)""", id);
      long decisions = count("select count(*) from panel_decision where alliance_id = ?", id);
      long mismatched = count("""
          select count(*) from panel_decision d join referral r on r.alliance_id = d.alliance_id and r.id = d.referral_id
          join panel_meeting m on m.alliance_id = d.alliance_id and m.id = d.panel_id
          where d.alliance_id = ? and (r.decided_on <> m.meets_on or r.status <> case d.outcome
            when 'ALLOCATE' then 'ALLOCATED' when 'WAITING_LIST' then 'WAITING_LIST'
            when 'SIGNPOST' then 'SIGNPOSTED' else 'DECLINED' end)""", id);
      long actions = count("select count(*) from panel_action where alliance_id = ?", id);

      assertThat(past).as(alliance).isBetween(3L, 4L);
      assertThat(withoutMembers).as(alliance).isZero();
      assertThat(decisions).as(alliance).isPositive();
      assertThat(mismatched).as(alliance).isZero();
      assertThat(actions).as(alliance).isGreaterThanOrEqualTo(past);
    }
  }

  private long count(String sql, UUID alliance) {
    return jdbc.sql(sql).param(alliance).query(Long.class).single();
  }
}
