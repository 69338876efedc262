package org.bridgeway.fhir.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * The references between the entries of one bundle, by their {@code urn:uuid:} full URLs, and the records the
 * entries became as they are written. A reference is to another entry of the bundle (by its full URL), to a
 * Bridgeway record (like {@code Patient/<id>}), or conditional (like {@code Patient?identifier=...}).
 */
final class References {

  private final Map<String, String> typeByFullUrl = new HashMap<>();
  private final Map<String, UUID> written = new HashMap<>();

  private References() {}

  static References of(Bundle bundle) {
    References references = new References();
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.hasFullUrl() && entry.getResource() != null) {
        references.typeByFullUrl.put(entry.getFullUrl(), entry.getResource().fhirType());
      }
    }
    return references;
  }

  /** Notes the record an entry became, so later entries' references to its full URL find it. */
  void written(BundleEntryComponent entry, UUID id) {
    if (entry.hasFullUrl()) {
      written.put(entry.getFullUrl(), id);
    }
  }

  /** Refuses a reference that could never resolve: missing, to no entry of the bundle, or to another type. */
  void check(@Nullable Reference reference, String type, String field) {
    String text = reference == null ? null : reference.getReference();
    if (text == null || text.isBlank()) {
      throw EntryRefused.invalid(field + " must refer to the " + type + ".");
    }
    if (text.startsWith("urn:")) {
      String found = typeByFullUrl.get(text);
      if (found == null) {
        throw EntryRefused.notFound(field + " refers to " + text + ", which is no entry of this bundle.");
      }
      if (!found.equals(type)) {
        throw EntryRefused.invalid(field + " refers to " + text + ", which is a " + found + ", not a " + type + ".");
      }
    } else if (text.startsWith(type + "?")) {
      Conditions.parse(text);
    } else {
      literal(text, type, field);
    }
  }

  /**
   * The Bridgeway id the reference names: the record an earlier entry became, the id itself, or what the
   * conditional reference finds with the lookup.
   */
  UUID resolve(Reference reference, String type, String field, Function<Conditions, Optional<UUID>> lookup) {
    check(reference, type, field);
    String text = reference.getReference();
    if (text.startsWith("urn:")) {
      UUID id = written.get(text);
      if (id == null) {
        throw EntryRefused.notFound(field + " refers to " + text + ", an entry of this bundle that was not kept.");
      }
      return id;
    }
    if (text.startsWith(type + "?")) {
      return lookup.apply(Conditions.parse(text)).orElseThrow(() -> EntryRefused.notFound(field + " refers to "
          + text + ", and no " + type + " has that identifier."));
    }
    return literal(text, type, field);
  }

  /** The id in {@code Type/<uuid>}, also at the end of an absolute URL, with any version left off. */
  static UUID literal(String text, String type, String field) {
    String path = text.replaceFirst("/_history/.*$", "");
    int at = path.lastIndexOf(type + "/");
    if (at < 0 || (at > 0 && path.charAt(at - 1) != '/')) {
      throw EntryRefused.invalid(field + " refers to " + text + ", which is not a " + type + ".");
    }
    try {
      return UUID.fromString(path.substring(at + type.length() + 1));
    } catch (IllegalArgumentException e) {
      throw EntryRefused.notFound(field + " refers to " + text + ", and there is no such " + type + " here.");
    }
  }
}
