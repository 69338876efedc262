package org.bridgeway.outcomes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bridgeway.BridgewayTest;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DIALOG in a real browser: a worker records it with the person and sees the charts, which load as SVG; the
 * person fills it in themselves; an answer left out is refused. Every page passes the accessibility check.
 */
@BridgewayTest
class OutcomeJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired NotesWorld worlds;

  World w;

  @BeforeEach
  void setUp() {
    browser.on(port).desktop();
    w = worlds.create();
  }

  private static void answerDialog(int... values) {
    for (int i = 0; i < values.length; i++) {
      String anchor = values[i] == 1 ? " – Totally dissatisfied" : values[i] == 4 ? " – In the middle"
          : values[i] == 7 ? " – Totally satisfied" : "";
      browser.tick(values[i] + anchor + ", question " + (i + 1));
    }
  }

  @Test
  void aWorkerRecordsDialogWithThePersonAndSeesTheCharts() throws Exception {
    browser.signIn(w.ourWorker().username(), Scene.PASSWORD);
    browser.open("/people/" + w.sam());
    browser.follow("record DIALOG with them");
    assertThat(browser.heading()).isEqualTo("DIALOG");
    // Leave question 11 out: refused beside it, nothing saved.
    answerDialog(4, 3, 2, 5, 4, 4, 6, 4, 5, 5);
    browser.press("Save answers");
    assertThat(browser.text()).contains("There is a problem", "Choose an answer from 1 to 7 for question 11");
    answerDialog(4, 3, 2, 5, 4, 4, 6, 4, 5, 5, 5);
    browser.tick("They would like more help with this, question 3");
    browser.press("Save answers");
    // Items 1-8: 4+3+2+5+4+4+6+4 = 32, mean 4; items 9-11 mean 5.
    assertThat(browser.text()).contains("answers saved and scored", "Subjective quality of life", "Treatment satisfaction");
    browser.follow("Back to outcomes");
    assertThat(browser.heading()).isEqualTo("Recovery outcomes");
    assertThat(browser.text()).contains("Subjective quality of life 4; Treatment satisfaction 5.");
    HttpClient http = HttpClient.newHttpClient();
    for (String chart : new String[] {"items", "scores"}) {
      HttpResponse<String> svg = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/people/" + w.sam() + "/outcomes/charts/DIALOG/" + chart + ".svg"))
          .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(svg.statusCode()).isEqualTo(200);
      assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("image/svg+xml"));
      assertThat(svg.body()).contains("<svg", "<title>DIALOG");
    }
    assertThat(browser.source()).contains("/outcomes/charts/DIALOG/items.svg", "alt=\"DIALOG: the answer to each question");
    browser.open("/outcomes/instruments");
    assertThat(browser.text()).contains("DIALOG", "Shipped with Bridgeway");
  }

  @Test
  void thePersonFillsInDialogThemselves() {
    browser.signIn(w.samUsername(), Scene.PASSWORD);
    browser.follow("How I am doing");
    assertThat(browser.text()).contains("You have not filled in a questionnaire yet.");
    browser.follow("Fill in DIALOG now");
    answerDialog(5, 5, 4, 6, 5, 5, 6, 5, 6, 6, 6);
    browser.tick("I would like more help with this, question 3");
    browser.press("Save my answers");
    // Items 1-8: 5+5+4+6+5+5+6+5 = 41, mean 5.125.
    assertThat(browser.text()).contains("Your answers are saved", "Subjective quality of life 5.125");
  }
}
