package org.bridgeway.outcomes.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.outcomes.Answer;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.Item;
import org.bridgeway.outcomes.OutcomeResponse;
import org.bridgeway.outcomes.PairedScores;
import org.bridgeway.outcomes.Score;
import org.bridgeway.outcomes.ScoreRule;
import org.bridgeway.outcomes.Scoring;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Instruments and responses in the {@code outcome_*} tables. */
@Component
public class OutcomeStore {

  private final JdbcClient jdbc;

  OutcomeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a shipped instrument to the alliance's library unless it is there already. */
  public void ensure(UUID alliance, Instrument instrument, String by) {
    boolean there = jdbc.sql("select count(*) from outcome_instrument where alliance_id = ? and code = ?")
        .params(alliance, instrument.code()).query(Integer.class).single() > 0;
    if (!there) {
      jdbc.sql("select pg_advisory_xact_lock(hashtext(?::text))").param(alliance + "/" + instrument.code())
          .query((rs, n) -> 1).list();
      boolean still = jdbc.sql("select count(*) from outcome_instrument where alliance_id = ? and code = ?")
          .params(alliance, instrument.code()).query(Integer.class).single() > 0;
      if (!still) {
        insert(alliance, instrument, by);
      }
    }
  }

  public void insert(UUID alliance, Instrument i, String by) {
    jdbc.sql("""
            insert into outcome_instrument (alliance_id, code, name, version, licence_note, shipped, active, scale_min,
                scale_max, min_label, max_label, mid_label, asks_for_help, changed_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, i.code(), i.name(), i.version(), i.licenceNote(), i.shipped(), i.active(), i.scaleMin(),
            i.scaleMax(), i.minLabel(), i.maxLabel(), i.midLabel(), i.asksForHelp(), by)
        .update();
    writeParts(alliance, i);
  }

  /** Replaces the instrument's definition; its items and scores are written afresh. */
  public void replace(UUID alliance, Instrument i, String by) {
    jdbc.sql("""
            update outcome_instrument set name = ?, version = ?, licence_note = ?, active = ?, scale_min = ?,
                scale_max = ?, min_label = ?, max_label = ?, mid_label = ?, asks_for_help = ?, changed_by = ?,
                changed_at = now()
            where alliance_id = ? and code = ?""")
        .params(i.name(), i.version(), i.licenceNote(), i.active(), i.scaleMin(), i.scaleMax(), i.minLabel(),
            i.maxLabel(), i.midLabel(), i.asksForHelp(), by, alliance, i.code())
        .update();
    jdbc.sql("delete from outcome_item where alliance_id = ? and instrument_code = ?").params(alliance, i.code())
        .update();
    jdbc.sql("delete from outcome_score_rule where alliance_id = ? and instrument_code = ?")
        .params(alliance, i.code()).update();
    writeParts(alliance, i);
  }

  public void setActive(UUID alliance, String code, boolean active, String by) {
    jdbc.sql("""
            update outcome_instrument set active = ?, changed_by = ?, changed_at = now()
            where alliance_id = ? and code = ?""").params(active, by, alliance, code).update();
  }

  private void writeParts(UUID alliance, Instrument i) {
    for (Item item : i.items()) {
      jdbc.sql("""
              insert into outcome_item (alliance_id, instrument_code, number, text, domain, snomed_code,
                  reverse_scored) values (?, ?, ?, ?, ?, ?, ?)""")
          .params(alliance, i.code(), item.number(), item.text(), item.domain(), item.snomedCode(),
              item.reverseScored())
          .update();
    }
    for (ScoreRule rule : i.rules()) {
      jdbc.sql("""
              insert into outcome_score_rule (alliance_id, instrument_code, position, name, method, items)
              values (?, ?, ?, ?, ?, ?::integer[])""")
          .params(alliance, i.code(), rule.position(), rule.name(), rule.method().name(), array(rule.items()))
          .update();
    }
  }

  private static String array(List<Integer> items) {
    return "{" + String.join(",", items.stream().map(String::valueOf).toList()) + "}";
  }

  public List<Instrument> instruments(UUID alliance) {
    Map<String, List<Item>> items = new LinkedHashMap<>();
    jdbc.sql("select * from outcome_item where alliance_id = ? order by instrument_code, number").param(alliance)
        .query((ResultSet rs) -> {
          items.computeIfAbsent(rs.getString("instrument_code"), c -> new ArrayList<>()).add(new Item(
              rs.getInt("number"), rs.getString("text"), rs.getString("domain"), rs.getString("snomed_code"),
              rs.getBoolean("reverse_scored")));
        });
    Map<String, List<ScoreRule>> rules = new LinkedHashMap<>();
    jdbc.sql("select * from outcome_score_rule where alliance_id = ? order by instrument_code, position")
        .param(alliance).query((ResultSet rs) -> {
          rules.computeIfAbsent(rs.getString("instrument_code"), c -> new ArrayList<>()).add(new ScoreRule(
              rs.getInt("position"), rs.getString("name"), ScoreRule.Method.valueOf(rs.getString("method")),
              integers(rs.getArray("items"))));
        });
    return jdbc.sql("select * from outcome_instrument where alliance_id = ? order by shipped desc, name")
        .param(alliance)
        .query((rs, n) -> new Instrument(rs.getString("code"), rs.getString("name"), rs.getString("version"),
            rs.getString("licence_note"), rs.getBoolean("shipped"), rs.getBoolean("active"), rs.getInt("scale_min"),
            rs.getInt("scale_max"), rs.getString("min_label"), rs.getString("max_label"), rs.getString("mid_label"),
            rs.getBoolean("asks_for_help"), items.getOrDefault(rs.getString("code"), List.of()),
            rules.getOrDefault(rs.getString("code"), List.of())))
        .list();
  }

  private static List<Integer> integers(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).map(v -> ((Number) v).intValue()).toList();
  }

  public int responseCount(UUID alliance, String code) {
    return jdbc.sql("select count(*) from outcome_response where alliance_id = ? and instrument_code = ?")
        .params(alliance, code).query(Integer.class).single();
  }

  public void saveResponse(UUID alliance, UUID id, UUID person, String code, LocalDate on, boolean byPerson,
      String by, String name, List<Answer> answers, List<Score> scores) {
    jdbc.sql("""
            insert into outcome_response (alliance_id, id, person_id, instrument_code, answered_on, by_person,
                recorded_by, recorded_name, total) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, code, on, byPerson, by, name, scores.get(0).value()).update();
    for (Answer a : answers) {
      jdbc.sql("""
              insert into outcome_answer (alliance_id, response_id, item_number, answer, wants_help)
              values (?, ?, ?, ?, ?)""").params(alliance, id, a.item(), a.answer(), a.wantsHelp()).update();
    }
    for (Score s : scores) {
      jdbc.sql("insert into outcome_score (alliance_id, response_id, position, name, score) values (?, ?, ?, ?, ?)")
          .params(alliance, id, s.position(), s.name(), s.value()).update();
    }
  }

  public boolean voidResponse(UUID alliance, UUID person, UUID id, String by, String reason) {
    return jdbc.sql("""
            update outcome_response set voided_by = ?, voided_at = now(), void_reason = ?
            where alliance_id = ? and person_id = ? and id = ? and voided_at is null""")
        .params(by, reason, alliance, person, id).update() == 1;
  }

  /** The person's responses, oldest first, voided ones included. */
  public List<OutcomeResponse> responses(UUID alliance, UUID person) {
    Map<UUID, List<Answer>> answers = new LinkedHashMap<>();
    jdbc.sql("""
            select a.* from outcome_answer a join outcome_response r on r.alliance_id = a.alliance_id
                and r.id = a.response_id
            where r.alliance_id = ? and r.person_id = ? order by a.item_number""").params(alliance, person)
        .query((ResultSet rs) -> {
          Object help = rs.getObject("wants_help");
          answers.computeIfAbsent(rs.getObject("response_id", UUID.class), r -> new ArrayList<>())
              .add(new Answer(rs.getInt("item_number"), rs.getInt("answer"), (Boolean) help));
        });
    Map<UUID, List<Score>> scores = new LinkedHashMap<>();
    jdbc.sql("""
            select s.* from outcome_score s join outcome_response r on r.alliance_id = s.alliance_id
                and r.id = s.response_id
            where r.alliance_id = ? and r.person_id = ? order by s.position""").params(alliance, person)
        .query((ResultSet rs) -> {
          scores.computeIfAbsent(rs.getObject("response_id", UUID.class), r -> new ArrayList<>())
              .add(new Score(rs.getInt("position"), rs.getString("name"), Scoring.plain(rs.getBigDecimal("score"))));
        });
    return jdbc.sql("""
            select * from outcome_response where alliance_id = ? and person_id = ?
            order by answered_on, recorded_at""").params(alliance, person)
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new OutcomeResponse(id, rs.getObject("person_id", UUID.class), rs.getString("instrument_code"),
              rs.getObject("answered_on", LocalDate.class), rs.getBoolean("by_person"), rs.getString("recorded_name"),
              rs.getTimestamp("recorded_at").toInstant(), Scoring.plain(rs.getBigDecimal("total")),
              answers.getOrDefault(id, List.of()), scores.getOrDefault(id, List.of()), rs.getString("voided_by"),
              instant(rs.getTimestamp("voided_at")), rs.getString("void_reason"));
        }).list();
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** Totals of one instrument in a window, voided responses left out. */
  public List<PairedScores.Total> totals(UUID alliance, String code, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select person_id, id, answered_on, total from outcome_response
            where alliance_id = ? and instrument_code = ? and answered_on between ? and ? and voided_at is null""")
        .params(alliance, code, from, to)
        .query((rs, n) -> new PairedScores.Total(rs.getObject("person_id", UUID.class), rs.getObject("id", UUID.class),
            rs.getObject("answered_on", LocalDate.class), Scoring.plain(rs.getBigDecimal("total"))))
        .list();
  }

}
