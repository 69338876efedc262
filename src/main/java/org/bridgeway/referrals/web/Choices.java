package org.bridgeway.referrals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.referrals.PanelOutcome;

/** The choices of the panel forms' selects and checkboxes, as value to label, in the order they are offered. */
final class Choices {

  private Choices() {}

  static Map<String, String> organisations(List<Organisation> organisations) {
    Map<String, String> options = new LinkedHashMap<>();
    organisations.forEach(o -> options.put(o.id().toString(), o.name()));
    return options;
  }

  static Map<String, String> staff(List<StaffMember> staff) {
    Map<String, String> options = new LinkedHashMap<>();
    staff.forEach(s -> options.put(s.id().toString(), s.fullName() + ", " + s.role().label() + ", "
        + s.organisationName()));
    return options;
  }

  static Map<String, String> services(List<ServiceRecord> services) {
    Map<String, String> options = new LinkedHashMap<>();
    services.forEach(s -> options.put(s.id().toString(), s.name() + " (" + s.organisationName() + ")"));
    return options;
  }

  static Map<String, String> outcomes() {
    Map<String, String> options = new LinkedHashMap<>();
    for (PanelOutcome outcome : PanelOutcome.values()) {
      options.put(outcome.name(), outcome.label());
    }
    return options;
  }
}
