package org.bridgeway.pathway;

import java.util.List;

/**
 * The capacity board on a day: a line per service with a capacity, the total of those lines, and the people
 * ready to move (to or from those services). The list names only people the user may open; the others are
 * counted in {@code othersHidden}. At most {@link CapacityBoard#LISTED} people are listed; {@code readyTotal}
 * says how many there are in all.
 */
public record Board(
    BoardFilter filter,
    List<BoardRow> services,
    BoardRow total,
    List<ReadyToMove> readyToMove,
    long othersHidden,
    long readyTotal) {

  public boolean listCut() {
    return readyTotal > readyToMove.size() + othersHidden;
  }
}
