package org.bridgeway.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The services of the user's own alliance by name, ignoring case and spaces at the ends; no other alliance's. */
@Component
class ServiceNames {

  private final Services services;

  ServiceNames(Services services) {
    this.services = services;
  }

  Map<String, ServiceRecord> of(CurrentUser user) {
    Map<String, ServiceRecord> byName = new HashMap<>();
    for (ServiceRecord service : services.all(user.alliance())) {
      byName.put(service.name().trim().toLowerCase(Locale.ROOT), service);
    }
    return byName;
  }

  static @Nullable ServiceRecord find(Map<String, ServiceRecord> byName, Row row, Tally tally) {
    String name = row.get("service");
    if (name == null) {
      tally.refuse(row.line(), "service", "Enter the service's name");
      return null;
    }
    ServiceRecord service = byName.get(name.toLowerCase(Locale.ROOT));
    if (service == null) {
      tally.refuse(row.line(), "service", "Your alliance has no service called \"" + name + "\"");
    }
    return service;
  }
}
