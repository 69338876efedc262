package org.bridgeway.outcomes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.outcomes.internal.OutcomeStore;
import org.bridgeway.shared.CopyRows;
import org.springframework.stereotype.Component;

/**
 * Writes many past responses at once (for the demo and the benchmarks), each checked and scored exactly as a
 * response saved through {@link Outcomes} is, and sent with COPY in the transaction in progress.
 */
@Component
public class OutcomesBulkWriter {

  /** A past response: the answers to items 1, 2, ... in order, and for DIALOG+ whether more help was wanted. */
  public record PastResponse(UUID id, UUID personId, String instrumentCode, LocalDate on, boolean byPerson,
      String by, String name, List<Integer> answers, List<Boolean> wantsHelp) {}

  private final OutcomeStore store;
  private final DataSource dataSource;

  OutcomesBulkWriter(OutcomeStore store, DataSource dataSource) {
    this.store = store;
    this.dataSource = dataSource;
  }

  /** Adds DIALOG, and any instrument given, to the alliance's library. */
  public void library(UUID alliance, List<Instrument> added, String by) {
    store.ensure(alliance, Dialog.INSTRUMENT, "bridgeway");
    for (Instrument instrument : added) {
      Outcomes.check(instrument);
      store.insert(alliance, instrument, by);
    }
  }

  public long write(UUID alliance, List<PastResponse> responses) {
    Map<String, Instrument> library = new HashMap<>();
    store.instruments(alliance).forEach(i -> library.put(i.code(), i));
    CopyRows rows = new CopyRows();
    CopyRows answers = new CopyRows();
    CopyRows scores = new CopyRows();
    for (PastResponse r : responses) {
      Instrument instrument = library.get(r.instrumentCode());
      if (instrument == null) {
        throw new IllegalArgumentException("No instrument " + r.instrumentCode());
      }
      Map<Integer, String> sent = new HashMap<>();
      Map<Integer, Boolean> help = new HashMap<>();
      for (int i = 0; i < r.answers().size(); i++) {
        sent.put(i + 1, String.valueOf(r.answers().get(i)));
        help.put(i + 1, i < r.wantsHelp().size() && r.wantsHelp().get(i));
      }
      List<Answer> checked = Scoring.check(instrument, new NewResponse(r.on(), sent, help));
      List<Score> scored = Scoring.score(instrument, checked);
      rows.row(alliance, r.id(), r.personId(), r.instrumentCode(), r.on(), r.byPerson(), r.by(), r.name(),
          r.on().atTime(14, 0).toInstant(ZoneOffset.UTC), scored.get(0).value());
      for (Answer a : checked) {
        answers.row(alliance, r.id(), a.item(), a.answer(), a.wantsHelp());
      }
      for (Score s : scored) {
        scores.row(alliance, r.id(), s.position(), s.name(), s.value());
      }
    }
    rows.copy(dataSource, """
        copy outcome_response (alliance_id, id, person_id, instrument_code, answered_on, by_person, recorded_by,
          recorded_name, recorded_at, total) from stdin""");
    answers.copy(dataSource, "copy outcome_answer (alliance_id, response_id, item_number, answer, wants_help) from stdin");
    scores.copy(dataSource, "copy outcome_score (alliance_id, response_id, position, name, score) from stdin");
    return responses.size();
  }

}
