package org.bridgeway.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian, driven through Debian's chromedriver: both are named outright, so Selenium
 * Manager never runs and nothing is ever downloaded. Every page the browser arrives at, by address, link or
 * form, is checked with axe before the journey goes on, so no page a journey visits escapes the check; a page
 * identical to one already checked, at the same address and width, is not checked twice. One browser serves
 * a whole test class, as starting one takes a few seconds.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"[^\"]*\"");

  private final Axe axe = Axe.fromFrontendBuild();
  private final Set<String> checked = new HashSet<>();
  private @Nullable ChromeDriver chromium;
  private @Nullable Path profile;
  private String origin = "http://localhost:8080";

  private Browser() {}

  /** A browser started before a test class's first test and closed after its last: register it statically. */
  public static Browser perTestClass() {
    return new Browser();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    profile = Files.createTempDirectory("bridgeway-chromium-");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    chromium = new ChromeDriver(service, options);
    chromium.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
    axe.loadIntoEveryPage(chromium);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (chromium != null) {
        chromium.quit();
      }
    } finally {
      if (profile != null) {
        deleteQuietly(profile);
      }
    }
  }

  /** Points the browser at the application under test, and starts signed out. */
  public Browser on(int port) {
    origin = "http://localhost:" + port;
    driver().manage().deleteAllCookies();
    return this;
  }

  public void open(String path) {
    driver().get(origin + path);
    arrived();
  }

  public void signIn(String username, String password) {
    open("/login");
    fillIn("username", username);
    fillIn("password", password);
    press("Sign in");
  }

  /** Types into the field with this id, replacing what was there. */
  public void fillIn(String id, String value) {
    WebElement field = driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /** Chooses this file in the file input with this id, as a person picking it from their computer would. */
  public void attach(String id, Path file) {
    driver().findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
  }

  /** Chooses the option with this visible text in the drop-down list with this id. */
  public void choose(String id, String optionText) {
    new org.openqa.selenium.support.ui.Select(driver().findElement(By.id(id))).selectByVisibleText(optionText);
  }

  /** Ticks the checkbox, or selects the radio button, with this label. */
  public void tick(String labelText) {
    WebElement label = driver().findElement(By.xpath("//label[normalize-space()='" + labelText + "']"));
    WebElement input = driver().findElement(By.id(label.getDomAttribute("for")));
    if (!input.isSelected()) {
      label.click();
    }
  }

  /** Opens the details element with this summary, to show what it hides. */
  public void expand(String summaryText) {
    driver().findElement(By.xpath("//summary[normalize-space()='" + summaryText + "']")).click();
  }

  /** Presses the button with this text and waits for the page it leads to. */
  public void press(String buttonText) {
    leaveBy(driver().findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")));
  }

  /** Follows the link with this text and waits for the page it leads to. */
  public void follow(String linkText) {
    leaveBy(driver().findElement(By.xpath("//a[normalize-space()='" + linkText + "']")));
  }

  public String heading() {
    return driver().findElement(By.tagName("h1")).getText();
  }

  /** The visible text of the whole page. */
  public String text() {
    return driver().findElement(By.tagName("body")).getText();
  }

  /** The page's HTML as served, hidden parts included. */
  public String source() {
    return driver().getPageSource();
  }

  /** The text of the first element matching a CSS selector. */
  public String textOf(String cssSelector) {
    return driver().findElement(By.cssSelector(cssSelector)).getText();
  }

  /** The text of the table row, under the selector, whose first cell starts with the text; fails if none does. */
  public String rowOf(String tableCss, String firstCellText) {
    return driver().findElements(By.cssSelector(tableCss + " tr")).stream()
        .filter(row -> row.findElement(By.cssSelector("th, td")).getText().startsWith(firstCellText))
        .findFirst().orElseThrow(() -> new AssertionError("No row starting " + firstCellText + " in " + tableCss))
        .getText();
  }

  /** What a form field holds now. */
  public String valueOf(String id) {
    return driver().findElement(By.id(id)).getDomProperty("value");
  }

  /** The browser's cookies for the application, as a Cookie header sends them, for fetching what it cannot save. */
  public String cookieHeader() {
    return driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** Where the link with this text leads. */
  public String hrefOf(String linkText) {
    return driver().findElement(By.xpath("//a[normalize-space()='" + linkText + "']")).getDomAttribute("href");
  }

  public String path() {
    URI uri = URI.create(driver().getCurrentUrl());
    return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
  }

  /** The HTTP status the page was served with, or 0 where the browser shows no served page. */
  public long status() {
    return (Long) driver().executeScript(
        "return (performance.getEntriesByType('navigation')[0] || {}).responseStatus || 0;");
  }

  /** Shows pages as a phone of this width would, until {@link #desktop()}. */
  public void phone(int width, int height) {
    driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
  }

  public void desktop() {
    driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  public long viewportWidth() {
    return (Long) driver().executeScript("return window.innerWidth;");
  }

  /** Whether the page is wider than the window, so a reader would have to scroll sideways. */
  public boolean scrollsSideways() {
    return (Boolean) driver().executeScript(
        "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
  }

  /** Checks the page shown now with axe; pages reached by {@link #open}, links and buttons are checked anyway. */
  public void checkAccessibility() {
    axe.check(driver(), path() + " (HTTP " + status() + ")");
  }

  private ChromeDriver driver() {
    if (chromium == null) {
      throw new IllegalStateException("Register the browser with @RegisterExtension on a static field");
    }
    return chromium;
  }

  private void leaveBy(WebElement control) {
    WebElement page = driver().findElement(By.tagName("html"));
    control.click();
    new WebDriverWait(driver(), WAIT).until(ExpectedConditions.stalenessOf(page));
    arrived();
  }

  private void arrived() {
    new WebDriverWait(driver(), WAIT)
        .until(d -> "complete".equals(driver().executeScript("return document.readyState;")));
    String source = CSRF_TOKEN.matcher(driver().getPageSource()).replaceAll("");
    String page = viewportWidth() + " " + path() + " " + source;
    if (checked.add(page)) {
      checkAccessibility();
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover temporary profile does no harm.
    }
  }
}
