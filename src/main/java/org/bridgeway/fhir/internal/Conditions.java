package org.bridgeway.fhir.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The identifier a conditional create ({@code ifNoneExist}) or a conditional reference searches on, like
 * {@code identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919}: a system and a value, both needed. Bridgeway
 * matches on identifiers alone.
 */
record Conditions(String system, String value) {

  /** The identifier named after the resource type and its question mark, or in the query alone. */
  static Conditions parse(String query) {
    String text = query.contains("?") ? query.substring(query.indexOf('?') + 1) : query;
    if (!text.startsWith("identifier=") || text.contains("&")) {
      throw EntryRefused.invalid("\"" + query + "\" is not a search Bridgeway matches on: name one identifier, like "
          + "identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919.");
    }
    String token = URLDecoder.decode(text.substring("identifier=".length()), StandardCharsets.UTF_8);
    int bar = token.lastIndexOf('|');
    if (bar <= 0 || bar == token.length() - 1) {
      throw EntryRefused.invalid("\"" + query + "\" needs both the identifier's system and its value, joined by |.");
    }
    return new Conditions(token.substring(0, bar), token.substring(bar + 1));
  }

  static @Nullable Conditions of(@Nullable String query) {
    return query == null || query.isBlank() ? null : parse(query);
  }
}
