package org.bridgeway.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.TestAlliances;
import org.bridgeway.access.Role;
import org.bridgeway.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class ImportJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired TestAlliances alliances;
  @Autowired TestAccounts accounts;

  @Test
  void aManagerDownloadsATemplateFixesTheRowTheCheckRefusesAndImports() throws Exception {
    SignIn manager = accounts.open(alliances.create(), Role.MANAGER);
    browser.on(port);
    browser.signIn(manager.username(), manager.password());
    browser.open("/imports");
    assertThat(browser.heading()).isEqualTo("Import a spreadsheet");
    browser.expand("People");
    String template = download(browser.hrefOf("Download the people template as CSV"));
    assertThat(template).startsWith("nhs_number,local_id,given_name,family_name,preferred_name,date_of_birth,");

    // The template's own three lines (headings, guidance, example) stay; the people are on lines 4 to 7.
    String good = ",,Sam,Okafor,,1980-03-27,,,,,,,,,\n9434765919,,Grace,Adeyemi,,1975-11-02,2,N,,,,,,,\n"
        + "4010232137,,Ada,Lovelace,,1990-12-10,,,,,,,,,\n";
    upload(template + good + "9434765918,,Tom,Baker,,1960-01-20,,,,,,,,,\n");
    waitFor("Refused");
    assertThat(browser.rowOf("#problems", "7")).contains("nhs_number", "Enter a valid NHS number");
    assertThat(browser.textOf("#to-create")).isEqualTo("3");
    browser.checkAccessibility();

    browser.follow("Upload a corrected file");
    upload(template + good + "9434765870,,Tom,Baker,,1960-01-20,,,,,,,,,\n");
    waitFor("Ready to import");
    assertThat(browser.textOf("#to-create")).isEqualTo("4");
    browser.press("Import 4 new records");
    waitFor("Imported");
    assertThat(browser.textOf("#created")).isEqualTo("4");
    assertThat(browser.textOf("#unchanged")).isEqualTo("0");
    browser.checkAccessibility();
  }

  @Test
  void aFileOverTheLimitIsRefusedWithItsReasonOnTheUploadPage() throws Exception {
    SignIn manager = accounts.open(alliances.create(), Role.MANAGER);
    browser.on(port);
    browser.signIn(manager.username(), manager.password());
    // 51 MB reaches the upload page, which refuses it; 65 MB is over the request limit and is sent back to the
    // upload page before it is read. Both say why, beside the field.
    for (int megabytes : new int[] {51, 65}) {
      browser.open("/imports");
      Path file = Files.createTempFile("large-", ".csv");
      byte[] line = ",,Sam,Okafor,,1980-03-27,,,,,,,,,\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      try (var out = Files.newOutputStream(file)) {
        for (long written = 0; written <= megabytes * 1024L * 1024; written += line.length) {
          out.write(line);
        }
      }
      browser.tick("People");
      browser.attach("file", file);
      browser.press("Upload and check");
      Files.delete(file);

      assertThat(browser.heading()).as(megabytes + " MB").isEqualTo("Import a spreadsheet");
      assertThat(browser.textOf("#file-error")).as(megabytes + " MB").contains("The file must be smaller than 50 MB");
      assertThat(browser.textOf("body")).as(megabytes + " MB").doesNotContain("large-");
    }
    browser.checkAccessibility();
  }

  private void upload(String csv) throws IOException {
    Path file = Files.createTempFile("people-", ".csv");
    Files.writeString(file, csv);
    browser.tick("People");
    browser.attach("file", file);
    browser.press("Upload and check");
  }

  /** Refreshes the job's page, as its Refresh button does, until its status reads so. */
  private void waitFor(String status) throws InterruptedException {
    for (int i = 0; i < 60 && !browser.textOf("#status").equals(status); i++) {
      Thread.sleep(500);
      browser.open(browser.path());
    }
    assertThat(browser.textOf("#status")).isEqualTo(status);
  }

  private String download(String href) throws IOException, InterruptedException {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + href)).header("Cookie", browser.cookieHeader()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body();
  }
}
