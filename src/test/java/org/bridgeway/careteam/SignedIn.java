package org.bridgeway.careteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A user signed in over real HTTP through the sign-in page, as a browser would be, and over the API. */
final class SignedIn {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final int port;
  private final String username;
  private final String password;

  private SignedIn(int port, String username, String password) {
    this.port = port;
    this.username = username;
    this.password = password;
  }

  static SignedIn as(int port, String username, String password) throws Exception {
    SignedIn signedIn = new SignedIn(port, username, password);
    String form = signedIn.get("/login").body();
    Matcher csrf = CSRF.matcher(form);
    assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
    String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
    HttpResponse<String> signIn = signedIn.http.send(HttpRequest.newBuilder(signedIn.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
        location -> assertThat(location).doesNotContain("error"));
    return signedIn;
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> api(String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
        .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
