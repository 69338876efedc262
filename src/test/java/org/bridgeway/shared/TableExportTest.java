package org.bridgeway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgeway.shared.Table.Cell;
import org.bridgeway.shared.Table.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A table written as CSV and as a spreadsheet, and read back. */
class TableExportTest {

  static final Table TABLE = new Table("Cost by service", "cost", List.of("Service", "People", "Cost", "Since",
      "Share"), List.of(
      List.of(Cell.text("Oak House"), Cell.count(1234), Cell.pence(105_050), Cell.date(LocalDate.of(2026, 4, 1)),
          Cell.percent(new BigDecimal("45.5"))),
      List.of(Cell.text("=HYPERLINK(\"http://x\")"), Cell.hidden(Kind.COUNT, "fewer than 5"), Cell.pence(-1),
          Cell.date(LocalDate.of(2026, 6, 30)), Cell.percent(null)),
      List.of(Cell.text("@SUM(A1)"), Cell.count(0), Cell.pence(0), Cell.date(LocalDate.of(2025, 1, 1)),
          Cell.percent(BigDecimal.ZERO))));

  @Test
  void csvReadsBackWithNumbersPlainAndFormulasDisarmed() throws Exception {
    byte[] csv = TableExport.csv(TABLE);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\ufeff");
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
        StandardCharsets.UTF_8)) {
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(reader).getRecords();
      assertThat(records).hasSize(4);
      assertThat(records.get(0).toList()).containsExactly("Service", "People", "Cost", "Since", "Share");
      // £1,050.50 is 105,050 pence; the count has no thousands separator; the date is ISO 8601.
      assertThat(records.get(1).toList()).containsExactly("Oak House", "1234", "1050.50", "2026-04-01", "45.5");
      // A cell starting with = or @ is written after an apostrophe, so no spreadsheet runs it.
      assertThat(records.get(2).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
      assertThat(records.get(2).get(1)).isEqualTo("fewer than 5");
      assertThat(records.get(2).get(2)).isEqualTo("-0.01");
      assertThat(records.get(2).get(4)).isEqualTo("none");
      assertThat(records.get(3).get(0)).isEqualTo("'@SUM(A1)");
    }
  }

  @Test
  void everyCharacterAFormulaMayStartWithIsGuarded() {
    assertThat(TableExport.guarded("=1+1")).isEqualTo("'=1+1");
    assertThat(TableExport.guarded("+44 20")).isEqualTo("'+44 20");
    assertThat(TableExport.guarded("-3")).isEqualTo("'-3");
    assertThat(TableExport.guarded("@cmd")).isEqualTo("'@cmd");
    assertThat(TableExport.guarded("Oak = home")).isEqualTo("Oak = home");
    assertThat(TableExport.guarded("")).isEmpty();
  }

  @Test
  void theSpreadsheetHoldsNumbersMoneyAndDatesAsSuchWithABoldFrozenHeading() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(TABLE))))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Cost by service");
      assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      org.apache.poi.ss.usermodel.Cell people = sheet.getRow(1).getCell(1);
      assertThat(people.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(people.getNumericCellValue()).isEqualTo(1234.0);
      org.apache.poi.ss.usermodel.Cell money = sheet.getRow(1).getCell(2);
      assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(money.getNumericCellValue()).isEqualTo(1050.50);
      assertThat(money.getCellStyle().getDataFormatString()).contains("£").contains("0.00");
      org.apache.poi.ss.usermodel.Cell since = sheet.getRow(1).getCell(3);
      assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
      assertThat(since.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(45.5);
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("fewer than 5");
      assertThat(sheet.getColumnWidth(0)).isGreaterThan(20 * 256);
    }
  }

  @Test
  void aDownloadSaysWhatItIsAndWhatToCallIt() {
    ResponseEntity<byte[]> csv = TableExport.csvResponse(TABLE, "caseload-by-service");
    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("attachment").contains("caseload-by-service.csv");
    ResponseEntity<byte[]> xlsx = TableExport.xlsxResponse(List.of(TABLE), "caseload-by-service");
    assertThat(xlsx.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("caseload-by-service.xlsx");
  }
}
