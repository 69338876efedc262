package org.bridgeway.imports;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A row of an import file: its line in the file (the headings are on line 1) and its cells by heading. */
public record Row(int line, Map<String, String> cells) {

  public @Nullable String get(String heading) {
    return Cells.text(cells.get(heading));
  }
}
