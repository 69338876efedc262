package org.bridgeway.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgeway.TestAccounts.SignIn;
import org.jspecify.annotations.Nullable;

/**
 * Someone calling Bridgeway over real HTTP: anonymous, or signed in through the sign-in form with its CSRF
 * token for pages, and with HTTP Basic for the JSON API. Redirects are not followed, so they can be seen.
 */
public final class Caller {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final String origin;
  private final @Nullable Role role;
  private final @Nullable String basic;
  private final HttpClient browser;
  private final HttpClient api;
  private String csrf = "";

  private Caller(int port, @Nullable SignIn account) {
    this.origin = "http://localhost:" + port;
    this.role = account == null ? null : account.role();
    this.basic = account == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (account.username() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
    this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    this.api = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
  }

  /** Someone not signed in, holding the CSRF token the sign-in page gave their session. */
  public static Caller anonymous(int port) {
    Caller caller = new Caller(port, null);
    caller.csrf = caller.csrfTokenFrom("/login");
    return caller;
  }

  /** Signs in through the form, as a person at a browser would, and keeps the session's new CSRF token. */
  public static Caller signedIn(int port, SignIn account) {
    Caller caller = new Caller(port, account);
    String form = "username=" + encode(account.username()) + "&password=" + encode(account.password())
        + "&_csrf=" + encode(caller.csrfTokenFrom("/login"));
    HttpResponse<String> response = caller.send(caller.browser, HttpRequest.newBuilder(caller.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)));
    if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/")) {
      throw new IllegalStateException("Could not sign in as " + account.username() + ": " + response.statusCode()
          + " " + response.headers().firstValue("Location").orElse(""));
    }
    caller.csrf = caller.csrfTokenFrom("/account");
    return caller;
  }

  @Nullable Role role() {
    return role;
  }

  String name() {
    return role == null ? "anonymous" : role.name();
  }

  /** Calls a route: pages with the session (and the CSRF token when asked), the API with HTTP Basic. */
  public HttpResponse<String> call(String method, String path, boolean withCsrf) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (path.startsWith("/api/") || path.startsWith("/fhir/")) {
      if (basic != null) {
        request.header("Authorization", basic);
      }
      request.header("Accept", "application/json");
      boolean hasBody = !method.equals("GET") && !method.equals("DELETE");
      request.header("Content-Type", "application/json")
          .method(method, hasBody ? BodyPublishers.ofString("{}") : BodyPublishers.noBody());
      return send(api, request);
    }
    if (method.equals("GET")) {
      return send(browser, request.GET());
    }
    String form = withCsrf ? "_csrf=" + encode(csrf) : "";
    return send(browser, request.header("Content-Type", "application/x-www-form-urlencoded")
        .method(method, BodyPublishers.ofString(form)));
  }

  private String csrfTokenFrom(String page) {
    HttpResponse<String> response = send(browser, HttpRequest.newBuilder(uri(page)).GET());
    Matcher token = CSRF.matcher(response.body());
    if (!token.find()) {
      throw new IllegalStateException("No CSRF token on " + page + " (" + response.statusCode() + ")");
    }
    return token.group(1);
  }

  private URI uri(String path) {
    return URI.create(origin + path);
  }

  private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(TIMEOUT).build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
