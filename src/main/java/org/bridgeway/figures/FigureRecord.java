package org.bridgeway.figures;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record behind a figure: a person's stay, a referral, a person, a member of staff, a panel or an action.
 * {@code personId} is the person it belongs to, when it belongs to one; {@code shown} is false when the user may
 * not open that person's record, and then the record keeps its place in the list (so the list still adds up to the
 * figure) but shows nothing of the person or the record.
 */
public record FigureRecord(@Nullable UUID personId, String name, String nhsNumber, List<String> cells,
    boolean shown) {

  public FigureRecord {
    cells = List.copyOf(cells);
  }

  /** The same record with nothing shown of it. */
  public FigureRecord hidden() {
    return new FigureRecord(null, "A record you may not open", "", cells.stream().map(c -> "").toList(), false);
  }
}
