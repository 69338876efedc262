package org.bridgeway.money.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.money.NewRate;
import org.bridgeway.money.RatePeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rate periods in tables {@code service_rate} and {@code package_rate}; voided periods are never read. */
@Component
public class RateStore {

  private final JdbcClient jdbc;

  RateStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Holds a lock on the key until the transaction ends, so two rate changes of one owner run in turn. */
  public void lock(UUID alliance, UUID key) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
        .param("rate/" + alliance + "/" + key).query((rs, n) -> 0).list();
  }

  public List<RatePeriod> ofService(UUID alliance, UUID service) {
    return jdbc.sql("""
        select id, service_id as owner, from_date, to_date, weekly_pence, null as reason, recorded_by from service_rate
        where alliance_id = ? and service_id = ? and voided_reason is null order by from_date
        """).params(alliance, service).query(RateStore::period).list();
  }

  /** Every service rate of the alliance, by service and date. */
  public List<RatePeriod> allServiceRates(UUID alliance) {
    return jdbc.sql("""
        select id, service_id as owner, from_date, to_date, weekly_pence, null as reason, recorded_by from service_rate
        where alliance_id = ? and voided_reason is null order by service_id, from_date
        """).params(alliance).query(RateStore::period).list();
  }

  public List<RatePeriod> ofStay(UUID alliance, UUID stay) {
    return jdbc.sql("""
        select id, stay_id as owner, from_date, to_date, weekly_pence, reason, recorded_by from package_rate
        where alliance_id = ? and stay_id = ? and voided_reason is null order by from_date
        """).params(alliance, stay).query(RateStore::period).list();
  }

  /** The package rates of the alliance that share a day with the period, by stay and date. */
  public List<RatePeriod> packagesOverlapping(UUID alliance, LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select id, stay_id as owner, from_date, to_date, weekly_pence, reason, recorded_by from package_rate
        where alliance_id = ? and voided_reason is null and from_date <= ? and (to_date is null or to_date >= ?)
        order by stay_id, from_date
        """).params(alliance, to, from).query(RateStore::period).list();
  }

  public void insertServiceRate(UUID alliance, UUID id, UUID service, NewRate rate, String by) {
    jdbc.sql("""
        insert into service_rate (alliance_id, id, service_id, from_date, to_date, weekly_pence, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?)
        """).params(alliance, id, service, rate.from(), rate.to(), rate.weeklyPence(), by).update();
  }

  public void closeServiceRate(UUID alliance, UUID id, LocalDate lastDay) {
    jdbc.sql("update service_rate set to_date = ? where alliance_id = ? and id = ?")
        .params(lastDay, alliance, id).update();
  }

  public void insertPackageRate(UUID alliance, UUID id, UUID stay, UUID person, NewRate rate, String by) {
    jdbc.sql("""
        insert into package_rate (alliance_id, id, stay_id, person_id, from_date, to_date, weekly_pence, reason,
                                  recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """).params(alliance, id, stay, person, rate.from(), rate.to(), rate.weeklyPence(), rate.reason(), by)
        .update();
  }

  public void endPackageRate(UUID alliance, UUID stay, UUID id, LocalDate lastDay) {
    jdbc.sql("update package_rate set to_date = ? where alliance_id = ? and stay_id = ? and id = ?")
        .params(lastDay, alliance, stay, id).update();
  }

  public void voidPackageRate(UUID alliance, UUID stay, UUID id, String reason) {
    jdbc.sql("update package_rate set voided_reason = ? where alliance_id = ? and stay_id = ? and id = ?")
        .params(reason, alliance, stay, id).update();
  }

  private static RatePeriod period(ResultSet rs, int n) throws SQLException {
    return new RatePeriod(rs.getObject("id", UUID.class), rs.getObject("owner", UUID.class),
        rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
        rs.getLong("weekly_pence"), rs.getString("reason"), rs.getString("recorded_by"));
  }
}
