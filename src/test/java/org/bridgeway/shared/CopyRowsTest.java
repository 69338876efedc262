package org.bridgeway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

  @Test
  void valuesAreTabSeparatedWithNothingAsBackslashN() {
    CopyRows rows = new CopyRows();
    assertThat(rows.isEmpty()).isTrue();

    rows.row("Sam", null, 42);
    rows.row("Grace", true, null);

    assertThat(rows.toString()).isEqualTo("Sam\t\\N\t42\nGrace\ttrue\t\\N\n");
    assertThat(rows.isEmpty()).isFalse();
  }

  @Test
  void backslashTabAndLineBreaksInsideAValueAreEscaped() {
    CopyRows rows = new CopyRows();

    rows.row("a\\b\tc\nd\re");

    // Each of \ tab newline return becomes a backslash and a letter, so the row stays one line of one column.
    assertThat(rows.toString()).isEqualTo("a\\\\b\\tc\\nd\\re\n");
  }
}
