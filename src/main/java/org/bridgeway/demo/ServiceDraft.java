package org.bridgeway.demo;

import java.util.UUID;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.SetupBulkWriter.NewService;
import org.jspecify.annotations.Nullable;

/** A service as a blueprint describes it, a few facts at a time. */
final class ServiceDraft {

  private final UUID id;
  private final UUID organisation;
  private final String name;
  private final ServiceKind kind;
  private final UUID locality;
  private @Nullable Integer capacity;
  private @Nullable CapacityUnit unit;
  private @Nullable Long weeklyCostPence;
  private @Nullable Integer stayMinDays;
  private @Nullable Integer stayMaxDays;
  private @Nullable String eligibility;
  private boolean outOfArea;
  private boolean womenOnly;
  private boolean userRun;
  private boolean specialist;
  private @Nullable String address;
  private @Nullable String postcode;
  private @Nullable String description;

  ServiceDraft(UUID id, UUID organisation, String name, ServiceKind kind, UUID locality) {
    this.id = id;
    this.organisation = organisation;
    this.name = name;
    this.kind = kind;
    this.locality = locality;
  }

  UUID id() {
    return id;
  }

  ServiceDraft capacity(int capacity, CapacityUnit unit) {
    this.capacity = capacity;
    this.unit = unit;
    return this;
  }

  ServiceDraft weeklyCost(int pounds) {
    this.weeklyCostPence = pounds * 100L;
    return this;
  }

  /** The intended length of stay, in months (of about 30.4 days). */
  ServiceDraft stayMonths(int fewest, int most) {
    this.stayMinDays = (int) Math.round(fewest * 30.44);
    this.stayMaxDays = (int) Math.round(most * 30.44);
    return this;
  }

  ServiceDraft outOfArea() {
    this.outOfArea = true;
    return this;
  }

  ServiceDraft womenOnly() {
    this.womenOnly = true;
    this.eligibility = "Women only";
    return this;
  }

  ServiceDraft userRun() {
    this.userRun = true;
    return this;
  }

  ServiceDraft specialist(String eligibility) {
    this.specialist = true;
    this.eligibility = eligibility;
    return this;
  }

  ServiceDraft at(String address, String postcode) {
    this.address = address;
    this.postcode = postcode;
    return this;
  }

  ServiceDraft about(String description) {
    this.description = description;
    return this;
  }

  NewService build() {
    return new NewService(id, organisation, name, kind, outOfArea, capacity, unit, weeklyCostPence, stayMinDays,
        stayMaxDays, eligibility, womenOnly, userRun, specialist, address, postcode, locality, description);
  }
}
