package org.bridgeway.figures.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The options of the filters the dashboard and the charts share (partner organisation, service, kind of service
 * and locality), each value to its name, put on a page's model for the form's select boxes.
 */
@Component
class FilterOptions {

  private final Organisations organisations;
  private final Services services;
  private final Localities localities;

  FilterOptions(Organisations organisations, Services services, Localities localities) {
    this.organisations = organisations;
    this.services = services;
    this.localities = localities;
  }

  void addTo(CurrentUser user, Model model) {
    Map<String, String> orgs = new LinkedHashMap<>();
    organisations.all(user.alliance()).forEach(o -> orgs.put(o.id().toString(), o.name()));
    Map<String, String> servicesByName = new LinkedHashMap<>();
    services.all(user.alliance()).forEach(s -> servicesByName.put(s.id().toString(), s.name()));
    Map<String, String> kinds = new LinkedHashMap<>();
    Arrays.stream(ServiceKind.values()).forEach(k -> kinds.put(k.name(), k.label()));
    Map<String, String> places = new LinkedHashMap<>();
    localities.all(user.alliance()).forEach(l -> places.put(l.id().toString(), l.name()));
    model.addAttribute("organisationOptions", orgs);
    model.addAttribute("serviceOptions", servicesByName);
    model.addAttribute("kindOptions", kinds);
    model.addAttribute("localityOptions", places);
  }
}
