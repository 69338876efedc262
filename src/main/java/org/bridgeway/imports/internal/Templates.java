package org.bridgeway.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgeway.imports.Column;
import org.bridgeway.imports.ImportKind;

/**
 * The templates to fill in: the headings, then a line of guidance and a line of example whose first cells start
 * with {@code #}, so that they are left out if they are left in. The workbook lists the codes on a second sheet;
 * the CSV in the guidance line.
 */
public final class Templates {

  private Templates() {}

  public static byte[] csv(ImportKind kind) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(kind.headings());
      printer.printRecord(commented(kind.columns().stream().map(Templates::guidanceWithCodes).toList(), "# "));
      printer.printRecord(commented(kind.columns().stream().map(Column::example).toList(), "# example: "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] workbook(ImportKind kind) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(kind.label());
      line(sheet, 0, kind.headings());
      line(sheet, 1, commented(kind.columns().stream().map(c -> guidance(c) + (c.codes().isEmpty() ? ""
          : " (see the Codes sheet)")).toList(), "# "));
      line(sheet, 2, commented(kind.columns().stream().map(Column::example).toList(), "# example: "));
      Sheet codes = book.createSheet("Codes");
      line(codes, 0, List.of("column", "code", "meaning"));
      int r = 1;
      for (Column column : kind.columns()) {
        for (Map.Entry<String, String> code : column.codes().entrySet()) {
          line(codes, r++, List.of(column.heading(), code.getKey(), code.getValue()));
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Sheet sheet, int index, List<String> values) {
    org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
    for (int i = 0; i < values.size(); i++) {
      row.createCell(i).setCellValue(values.get(i));
    }
  }

  private static List<String> commented(List<String> values, String mark) {
    List<String> line = new ArrayList<>(values);
    line.set(0, mark + line.get(0));
    return line;
  }

  private static String guidance(Column column) {
    return (column.required() ? "Required. " : "Optional. ") + column.guidance();
  }

  private static String guidanceWithCodes(Column column) {
    if (column.codes().isEmpty()) {
      return guidance(column);
    }
    List<String> codes = column.codes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
    return guidance(column) + ": " + String.join("; ", codes);
  }
}
