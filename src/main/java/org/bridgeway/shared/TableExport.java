package org.bridgeway.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a {@link Table} as CSV (Apache Commons CSV, UTF-8 with a byte-order mark so spreadsheets read it as such)
 * and as an .xlsx spreadsheet (Apache POI): counts and numbers as numeric cells, money as numeric cells in pounds
 * with a £ format, dates as date cells, percentages as numbers with a % in the heading's sense (45.5 for 45.5%),
 * the heading row bold and frozen, and the columns wide enough to read. A hidden value is written as its text.
 *
 * <p>CSV guards against formula injection: a text cell starting with =, +, -, @, a tab or a carriage return is
 * written with a leading apostrophe, so a spreadsheet opening the file shows it as text and never runs it.
 */
public final class TableExport {

  public static final MediaType CSV = MediaType.valueOf("text/csv;charset=UTF-8");
  public static final MediaType XLSX =
      MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private TableExport() {}

  /** The table as CSV: the heading row, then each row; numbers plain (pence as pounds, 1050.00), dates ISO 8601. */
  public static byte[] csv(Table table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      writer.write('\ufeff');
      printer.printRecord(table.headings().stream().map(TableExport::guarded).toList());
      for (List<Table.Cell> row : table.rows()) {
        printer.printRecord(row.stream().map(TableExport::csvText).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The table could not be written as CSV", e);
    }
    return bytes.toByteArray();
  }

  private static String csvText(Table.Cell cell) {
    Object value = cell.value();
    if (value == null) {
      return guarded(cell.text());
    }
    return switch (cell.kind()) {
      case PENCE -> BigDecimal.valueOf((Long) value).movePointLeft(2).toPlainString();
      case DATE -> value.toString();
      case COUNT -> value.toString();
      case PERCENT, NUMBER -> ((BigDecimal) value).toPlainString();
      case TEXT -> guarded(cell.text());
    };
  }

  /** Text that a spreadsheet would take for a formula, with an apostrophe before it. */
  static String guarded(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** The tables as a spreadsheet, one sheet each, named by its title. */
  public static byte[] xlsx(List<Table> tables) {
    try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CreationHelper helper = book.getCreationHelper();
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle heading = book.createCellStyle();
      heading.setFont(bold);
      heading.setBorderBottom(BorderStyle.THIN);
      heading.setWrapText(true);
      CellStyle whole = book.createCellStyle();
      whole.setDataFormat(helper.createDataFormat().getFormat("#,##0"));
      CellStyle money = book.createCellStyle();
      money.setDataFormat(helper.createDataFormat().getFormat("\"£\"#,##0.00"));
      CellStyle date = book.createCellStyle();
      date.setDataFormat(helper.createDataFormat().getFormat("d mmm yyyy"));
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(helper.createDataFormat().getFormat("#,##0.0##"));
      CellStyle right = book.createCellStyle();
      right.setAlignment(HorizontalAlignment.RIGHT);
      int n = 0;
      for (Table table : tables) {
        n++;
        String name = WorkbookUtil.createSafeSheetName(table.title().length() > 28
            ? table.title().substring(0, 28) : table.title());
        if (book.getSheet(name) != null) {
          name = WorkbookUtil.createSafeSheetName(n + " " + name);
        }
        Sheet sheet = book.createSheet(name);
        Row top = sheet.createRow(0);
        int[] widths = new int[table.headings().size()];
        for (int c = 0; c < table.headings().size(); c++) {
          org.apache.poi.ss.usermodel.Cell cell = top.createCell(c);
          cell.setCellValue(table.headings().get(c));
          cell.setCellStyle(heading);
          widths[c] = Math.min(40, table.headings().get(c).length());
        }
        int r = 1;
        for (List<Table.Cell> row : table.rows()) {
          Row line = sheet.createRow(r++);
          for (int c = 0; c < row.size(); c++) {
            Table.Cell value = row.get(c);
            org.apache.poi.ss.usermodel.Cell cell = line.createCell(c);
            write(cell, value, whole, money, date, decimal, right);
            widths[c] = Math.max(widths[c], Math.min(60, value.text().length()));
          }
        }
        for (int c = 0; c < widths.length; c++) {
          sheet.setColumnWidth(c, (widths[c] + 3) * 256);
        }
        sheet.createFreezePane(0, 1);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The table could not be written as a spreadsheet", e);
    }
  }

  private static void write(org.apache.poi.ss.usermodel.Cell cell, Table.Cell value, CellStyle whole,
      CellStyle money, CellStyle date, CellStyle decimal, CellStyle right) {
    Object v = value.value();
    if (v == null) {
      cell.setCellValue(value.text());
      if (value.alignRight()) {
        cell.setCellStyle(right);
      }
      return;
    }
    switch (value.kind()) {
      case COUNT -> {
        cell.setCellValue(((Number) v).doubleValue());
        cell.setCellStyle(whole);
      }
      case PENCE -> {
        cell.setCellValue(BigDecimal.valueOf((Long) v).movePointLeft(2).doubleValue());
        cell.setCellStyle(money);
      }
      case DATE -> {
        cell.setCellValue((LocalDate) v);
        cell.setCellStyle(date);
      }
      case PERCENT, NUMBER -> {
        cell.setCellValue(((BigDecimal) v).doubleValue());
        cell.setCellStyle(decimal);
      }
      case TEXT -> cell.setCellValue(value.text());
    }
  }

  /** A download of the table as CSV, named {@code file}.csv. */
  public static ResponseEntity<byte[]> csvResponse(Table table, String file) {
    return download(csv(table), CSV, file + ".csv");
  }

  /** A download of the tables as a spreadsheet, named {@code file}.xlsx. */
  public static ResponseEntity<byte[]> xlsxResponse(List<Table> tables, String file) {
    return download(xlsx(tables), XLSX, file + ".xlsx");
  }

  /** A file to download: its type, its name, and kept by no shared cache. */
  public static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok().contentType(type)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename,
            StandardCharsets.UTF_8).build().toString())
        .body(body);
  }
}
