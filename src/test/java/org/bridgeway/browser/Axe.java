package org.bridgeway.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core, from the front-end build's own node_modules, against the page the browser shows and fails
 * the test on any WCAG 2.2 A or AA violation. Scripts given through WebDriver and the DevTools protocol are
 * not subject to the page's content security policy, so the site's policy stays as strict as in production.
 */
final class Axe {

  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
        .then(results => done(results.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help,
          targets: v.nodes.map(n => n.target.join(' '))}))))
        .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), targets: []}]));
      """;

  private final String source;

  private Axe(String source) {
    this.source = source;
  }

  /** Reads axe.min.js from the folder the build passes as {@code bridgeway.frontend-dir}. */
  static Axe fromFrontendBuild() {
    Path script = Path.of(System.getProperty("bridgeway.frontend-dir", "frontend"),
        "node_modules", "axe-core", "axe.min.js");
    try {
      return new Axe(Files.readString(script, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is missing: run the Maven build, which installs it with npm", e);
    }
  }

  /** Has Chromium load axe into every page from now on, before the page's own scripts, so it is sent once. */
  void loadIntoEveryPage(ChromeDriver browser) {
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
  }

  /** Fails with each violation's rule, impact, help and the elements it was found on. */
  void check(JavascriptExecutor page, String where) {
    if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
      page.executeScript(source);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) page.executeAsyncScript(RUN, TAGS);
    if (!violations.isEmpty()) {
      fail(violations.size() + " accessibility violation(s) on " + where + ":\n"
          + violations.stream().map(Axe::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Map<String, Object> violation) {
    return "- " + violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
        + "\n    on " + violation.get("targets");
  }
}
