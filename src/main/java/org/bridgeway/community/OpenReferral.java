package org.bridgeway.community;

import java.nio.charset.StandardCharsets;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A resource as an Open Referral UK service: the service with its organization, one service_at_location with its
 * location and physical address, regular_schedules, eligibilitys, contacts with phones and service_taxonomys,
 * named as the standard names them. The organization and location have no table of their own here, so their ids
 * are derived from the resource's and stay the same from one reading to the next. A withdrawn resource is
 * "inactive".
 */
public final class OpenReferral {

  public static final String VOCABULARY = "bridgeway-community-kind";

  private OpenReferral() {}

  public static Map<String, Object> service(Resource r) {
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("id", r.id().toString());
    service.put("name", r.name());
    service.put("description", r.description());
    service.put("url", r.website());
    service.put("email", r.email());
    service.put("status", r.active() ? "active" : "inactive");
    service.put("organization", organization(r));
    service.put("service_at_locations", List.of(Map.of("id", derived(r, "service_at_location"),
        "location", location(r))));
    service.put("regular_schedules", schedules(r));
    service.put("eligibilitys", r.eligibility() == null ? List.of()
        : List.of(Map.of("id", derived(r, "eligibility"), "eligibility", r.eligibility())));
    service.put("contacts", r.phone() == null ? List.of() : List.of(Map.of("id", derived(r, "contact"),
        "name", r.organisation() == null ? r.name() : r.organisation(),
        "phones", List.of(Map.of("id", derived(r, "phone"), "number", r.phone())))));
    service.put("service_taxonomys", List.of(Map.of("id", derived(r, "service_taxonomy"), "taxonomy",
        Map.of("id", r.kind().name(), "name", r.kind().label(), "vocabulary", VOCABULARY))));
    return service;
  }

  private static Map<String, @Nullable Object> organization(Resource r) {
    Map<String, @Nullable Object> organization = new LinkedHashMap<>();
    organization.put("id", derived(r, "organization"));
    organization.put("name", r.organisation() == null ? r.name() : r.organisation());
    organization.put("description", null);
    organization.put("url", r.website());
    return organization;
  }

  private static Map<String, @Nullable Object> location(Resource r) {
    Map<String, @Nullable Object> address = new LinkedHashMap<>();
    address.put("id", derived(r, "physical_address"));
    address.put("address_1", r.address());
    address.put("postal_code", r.postcode());
    address.put("country", "GB");
    Map<String, @Nullable Object> location = new LinkedHashMap<>();
    location.put("id", derived(r, "location"));
    location.put("name", r.name());
    location.put("physical_addresses", r.address() == null && r.postcode() == null ? List.of() : List.of(address));
    return location;
  }

  private static List<Map<String, @Nullable Object>> schedules(Resource r) {
    List<Map<String, @Nullable Object>> schedules = new ArrayList<>();
    for (int i = 0; i < r.openings().size(); i++) {
      Opening o = r.openings().get(i);
      Map<String, @Nullable Object> schedule = new LinkedHashMap<>();
      schedule.put("id", derived(r, "regular_schedule " + i));
      schedule.put("weekday", o.day().getDisplayName(TextStyle.FULL, Locale.UK));
      schedule.put("opens_at", o.opens().toString());
      schedule.put("closes_at", o.closes().toString());
      schedule.put("freq", "WEEKLY");
      schedule.put("byday", o.day().name().substring(0, 2));
      schedule.put("description", i == 0 ? r.openingNotes() : null);
      schedules.add(schedule);
    }
    if (schedules.isEmpty() && r.openingNotes() != null) {
      Map<String, @Nullable Object> schedule = new LinkedHashMap<>();
      schedule.put("id", derived(r, "regular_schedule notes"));
      schedule.put("description", r.openingNotes());
      schedules.add(schedule);
    }
    return schedules;
  }

  private static String derived(Resource r, String part) {
    return UUID.nameUUIDFromBytes((r.id() + " " + part).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
