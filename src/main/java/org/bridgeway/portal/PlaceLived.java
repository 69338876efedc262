package org.bridgeway.portal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A place the person lived or stayed, told in a sentence: "Since 3 March 2025 you have lived at Coldharbour
 * Lane flats." A hospital ward or crisis house is a place they stayed for a while, keeping their home.
 */
public record PlaceLived(String name, String kindOfPlace, LocalDate from, @Nullable LocalDate until,
    boolean hospital, String sentence) {

  static PlaceLived of(String name, String kindOfPlace, LocalDate from, @Nullable LocalDate until,
      boolean hospital) {
    String verb = hospital ? (until == null ? "you have been staying at " : "you stayed at ")
        : (until == null ? "you have lived at " : "you lived at ");
    String period = until == null ? "Since " + PlainWords.day(from) + " "
        : "From " + PlainWords.day(from) + " until " + PlainWords.day(until) + " ";
    return new PlaceLived(name, kindOfPlace, from, until, hospital, period + verb + name + ".");
  }
}
