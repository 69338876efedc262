package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.pathway.internal.StayStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of the alliance's stays, for figures such as the cost of care. Names no one: callers decide who may
 * see a figure built from them, and must check access before naming a person.
 */
@Service
public class StaySpans {

  private final StayStore store;

  StaySpans(StayStore store) {
    this.store = store;
  }

  /** The stays that cover at least one day from {@code from} to {@code to} (both included), by service and start. */
  @Transactional(readOnly = true)
  public List<StaySpan> overlapping(UUID alliance, LocalDate from, LocalDate to) {
    return store.spans(alliance, from, to);
  }
}
