package org.bridgeway.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class CopyZipTest {

  @Test
  void aValueWithACommaAQuoteOrALineBreakIsQuotedSoASpreadsheetKeepsItInOneCell() {
    assertThat(CopyZip.csv("plain")).isEqualTo("plain");
    assertThat(CopyZip.csv("Acre Lane, Brixton")).isEqualTo("\"Acre Lane, Brixton\"");
    assertThat(CopyZip.csv("Ngozi \"Zizi\" Okafor")).isEqualTo("\"Ngozi \"\"Zizi\"\" Okafor\"");
    assertThat(CopyZip.csv("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CopyZip.csv(null)).isEmpty();
  }

  @Test
  void eachFileHoldsOnlyWhatWasWrittenAfterItStarted() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CopyZip zip = new CopyZip(out)) {
      zip.file("a.txt").line("first");
      zip.file("b.csv").row(Arrays.asList("x", null, "y,z"));
    }

    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(in.getNextEntry().getName()).isEqualTo("a.txt");
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first\r\n");
      assertThat(in.getNextEntry().getName()).isEqualTo("b.csv");
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("x,,\"y,z\"\r\n");
      assertThat(in.getNextEntry()).isNull();
    }
  }
}
