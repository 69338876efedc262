package org.bridgeway.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** An MHSDS extract for a month: its tables, in MHSDS order, and the zip of one CSV file per table. */
public record MhsdsMonth(YearMonth month, int people, List<MhsdsTable> tables) {

  public MhsdsTable table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No table " + name));
  }

  public String fileName() {
    return "mhsds-" + month + ".zip";
  }

  /** The tables as one zip of CSV files (UTF-8, a header row, lines ending CRLF). */
  public byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (MhsdsTable table : tables) {
        zip.putNextEntry(new ZipEntry(table.fileName()));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
            .setHeader(table.columns().toArray(String[]::new)).get());
        for (List<String> row : table.rows()) {
          csv.printRecord(row);
        }
        csv.flush();
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
