package org.bridgeway.exports;

import java.util.List;

/** One MHSDS table of an extract: its file name (as {@code MHS001MPI}), its columns and its rows of text. */
public record MhsdsTable(String name, List<String> columns, List<List<String>> rows) {

  public String fileName() {
    return name + ".csv";
  }
}
