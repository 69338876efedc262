package org.bridgeway.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.bridgeway.imports.Row;
import org.bridgeway.shared.Refused;

/**
 * Reads the rows of a CSV file or of the first sheet of an .xlsx workbook. The first line holds the headings;
 * lines whose first cell starts with {@code #} (the templates' guidance and example) and empty lines are left
 * out. Each row keeps its line number in the file, as a spreadsheet shows it. Date cells of a workbook are read
 * as YYYY-MM-DD; other cells as the spreadsheet shows them.
 */
public final class SheetReader {

  private SheetReader() {}

  public static boolean workbook(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** The headings (in lower case) and the rows; refused when the file cannot be read at all. */
  public static List<Row> read(String fileName, byte[] content, List<String> headings) {
    List<String> found = new ArrayList<>();
    List<Row> rows = workbook(fileName) ? workbook(content, found) : csv(content, found);
    if (found.stream().noneMatch(headings::contains)) {
      throw new Refused("file", "The first line must hold the column headings of the template, such as "
          + String.join(", ", headings.subList(0, Math.min(3, headings.size()))));
    }
    return rows;
  }

  /** Headings of the file that the kind does not have. */
  public static List<String> unknown(List<Row> rows, List<String> headings) {
    return rows.isEmpty() ? List.of()
        : rows.get(0).cells().keySet().stream().filter(h -> !headings.contains(h)).toList();
  }

  private static List<Row> csv(byte[] content, List<String> found) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(false).get();
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(withoutMark(content)), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> headings = parser.getHeaderNames().stream().map(SheetReader::heading).toList();
      found.addAll(headings);
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < Math.min(headings.size(), record.size()); i++) {
          cells.put(headings.get(i), record.get(i));
        }
        if (!skipped(record.size() == 0 ? "" : record.get(0), cells)) {
          rows.add(new Row((int) parser.getCurrentLineNumber(), cells));
        }
      }
      return rows;
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new Refused("file", "The file could not be read as CSV: " + e.getMessage());
    }
  }

  private static List<Row> workbook(byte[] content, List<String> found) {
    DataFormatter formatter = new DataFormatter(Locale.UK);
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheetAt(0);
      List<Row> rows = new ArrayList<>();
      List<String> headings = new ArrayList<>();
      for (org.apache.poi.ss.usermodel.Row r : sheet) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < Math.max(r.getLastCellNum(), headings.size()); i++) {
          values.add(value(r.getCell(i), formatter));
        }
        if (headings.isEmpty()) {
          values.stream().map(SheetReader::heading).forEach(headings::add);
          found.addAll(headings);
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < Math.min(headings.size(), values.size()); i++) {
          cells.put(headings.get(i), values.get(i));
        }
        if (!skipped(values.isEmpty() ? "" : values.get(0), cells)) {
          rows.add(new Row(r.getRowNum() + 1, cells));
        }
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new Refused("file", "The file could not be read as an .xlsx workbook");
    }
  }

  private static String value(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    return formatter.formatCellValue(cell).trim();
  }

  private static boolean skipped(String first, Map<String, String> cells) {
    return first.trim().startsWith("#") || cells.values().stream().allMatch(String::isBlank);
  }

  private static String heading(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  private static byte[] withoutMark(byte[] content) {
    if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
        && (content[2] & 0xff) == 0xBF) {
      return java.util.Arrays.copyOfRange(content, 3, content.length);
    }
    return content;
  }
}
