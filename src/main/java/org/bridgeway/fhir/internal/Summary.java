package org.bridgeway.fhir.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bridgeway.fhir.internal.EntryResult.Fate;

/** What became of a bundle's entries, counted in words: "2 kept, 1 already kept, 0 updated, 5 skipped, 0 refused". */
final class Summary {

  private Summary() {}

  static String of(List<EntryResult> results) {
    Map<Fate, Integer> counts = new TreeMap<>();
    for (Fate fate : Fate.values()) {
      counts.put(fate, 0);
    }
    results.forEach(result -> counts.merge(result.fate(), 1, Integer::sum));
    return counts.get(Fate.KEPT) + " kept, " + counts.get(Fate.ALREADY_KEPT) + " already kept, "
        + counts.get(Fate.UPDATED) + " updated, " + counts.get(Fate.SKIPPED) + " skipped, "
        + counts.get(Fate.REFUSED) + " refused";
  }
}
