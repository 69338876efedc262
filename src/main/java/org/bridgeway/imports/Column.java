package org.bridgeway.imports;

import java.util.Map;

/** A column of an import file: its heading, whether every row needs it, how to fill it, and its codes if any. */
public record Column(String heading, boolean required, String guidance, String example, Map<String, String> codes) {

  static Column of(String heading, boolean required, String guidance, String example) {
    return new Column(heading, required, guidance, example, Map.of());
  }

  static Column coded(String heading, boolean required, String guidance, String example, Map<String, String> codes) {
    return new Column(heading, required, guidance, example, codes);
  }
}
