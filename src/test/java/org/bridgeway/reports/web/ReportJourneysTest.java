package org.bridgeway.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager opens the reports from the Alliance hub, opens each report, asks for occupancy on 30 June 2025 (Oak
 * House: 6 of its 8 beds in use, 75.0%), downloads that table as a spreadsheet and finds the same 6 in it, and
 * downloads the quarterly report as a PDF. Every page passes axe.
 */
@BridgewayTest
class ReportJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired TestAccounts accounts;

  @Test
  void aManagerReadsEachReportAndDownloadsTheSpreadsheetAndThePdf() throws Exception {
    Scene.Alliance alliance = scene.create();
    UUID oak = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Oak House",
        ServiceKind.RESIDENTIAL_CARE, false, 8, CapacityUnit.BEDS, null, null, null, null, false, false, false, null,
        null, null, null));
    for (int i = 0; i < 6; i++) {
      stays.record(alliance.admin, alliance.person(), new NewStay(oak, LocalDate.of(2025, 5, 1), null, null, null,
          null, null));
    }
    SignIn manager = accounts.open(alliance.test, Role.MANAGER);

    browser.on(port).desktop();
    browser.signIn(manager.username(), manager.password());
    browser.open("/hub/alliance");
    browser.follow("Reports");
    assertThat(browser.heading()).isEqualTo("Reports");
    browser.checkAccessibility();
    for (String title : new String[] {"Caseload", "Waiting times", "Length of stay", "Equality monitoring",
        "Occupancy"}) {
      browser.open("/reports");
      browser.follow(title);
      assertThat(browser.heading()).isEqualTo(title);
      assertThat(browser.textOf("#definitions")).isNotBlank();
      browser.checkAccessibility();
    }

    browser.fillIn("dayDay", "30");
    browser.fillIn("dayMonth", "6");
    browser.fillIn("dayYear", "2025");
    browser.press("Show the report");
    assertThat(browser.textOf("#covers")).isEqualTo("On 30 June 2025");
    String oakRow = browser.rowOf("#table-places", "Oak House");
    assertThat(oakRow).contains("8", "6", "75.0%");
    browser.checkAccessibility();

    HttpClient http = HttpClient.newHttpClient();
    String xlsx = browser.hrefOf("Places available and in use (spreadsheet, .xlsx)");
    HttpResponse<byte[]> sheet = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + xlsx))
        .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(sheet.statusCode()).isEqualTo(200);
    assertThat(sheet.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("occupancy-places.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
      Sheet places = book.getSheetAt(0);
      Row oakInSheet = null;
      for (Row row : places) {
        if (row.getCell(0).getStringCellValue().equals("Oak House")) {
          oakInSheet = row;
        }
      }
      assertThat(oakInSheet).isNotNull();
      assertThat(places.getRow(0).getCell(3).getStringCellValue()).isEqualTo("In use");
      assertThat(oakRow).contains(String.valueOf((long) oakInSheet.getCell(3).getNumericCellValue()));
      assertThat(oakInSheet.getCell(3).getNumericCellValue()).isEqualTo(6.0);
    }

    browser.open("/reports");
    browser.follow("Quarterly report for commissioners");
    assertThat(browser.heading()).isEqualTo("Quarterly report for commissioners");
    browser.checkAccessibility();
    HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/reports/quarterly.pdf?quarter=2025-Q2")).header("Cookie", browser.cookieHeader()).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
  }
}
