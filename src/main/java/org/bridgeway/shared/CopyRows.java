package org.bridgeway.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows gathered for PostgreSQL's {@code COPY ... FROM STDIN} in its text format: a tab between columns, {@code \N}
 * for nothing, and backslash escapes for backslash, tab, newline and carriage return. The bulk writers of the
 * demo and the benchmarks gather rows here and send them in one go.
 */
public final class CopyRows {

  private final StringBuilder text = new StringBuilder(1 << 16);

  /** Adds a row; each value is written as its {@code toString()}, null as nothing. */
  public void row(@Nullable Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        text.append('\t');
      }
      append(values[i]);
    }
    text.append('\n');
  }

  public boolean isEmpty() {
    return text.length() == 0;
  }

  /**
   * Sends the rows with the COPY statement given, on the connection of the transaction in progress (so they are
   * saved with it or not at all), then empties this. Nothing is sent when there are no rows.
   */
  public void copy(DataSource dataSource, String copySql) {
    if (isEmpty()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn(copySql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
      text.setLength(0);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not copy rows into the database: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }

  private void append(@Nullable Object value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }
}
