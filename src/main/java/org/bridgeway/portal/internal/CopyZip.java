package org.bridgeway.portal.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A zip of readable files written straight to a stream, one file at a time: plain text, or CSV with a header
 * row, every value quoted when it holds a comma, a quote or a line break. Nothing is held in memory but the
 * line being written.
 */
public final class CopyZip implements AutoCloseable {

  private final ZipOutputStream zip;
  private final Writer writer;

  public CopyZip(OutputStream out) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
  }

  /** Starts a new file in the zip; what is written next goes into it. */
  public CopyZip file(String name) {
    try {
      writer.flush();
      zip.putNextEntry(new ZipEntry(name));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line of text. */
  public CopyZip line(String text) {
    try {
      writer.write(text);
      writer.write("\r\n");
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A row of CSV values; a missing value is an empty field. */
  public CopyZip row(List<? extends @Nullable Object> values) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        row.append(',');
      }
      row.append(csv(values.get(i)));
    }
    return line(row.toString());
  }

  static String csv(@Nullable Object value) {
    String text = value == null ? "" : value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  @Override
  public void close() {
    try {
      writer.flush();
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
