package org.bridgeway.alliance.internal;

import java.util.UUID;
import org.bridgeway.alliance.ServiceDetails;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** A service's details, already normalised, as the named parameters of its insert and update. */
final class Columns {

  private Columns() {}

  static MapSqlParameterSource of(UUID allianceId, UUID id, ServiceDetails details) {
    return new MapSqlParameterSource()
        .addValue("alliance", allianceId).addValue("id", id)
        .addValue("organisation", details.organisationId()).addValue("name", details.name())
        .addValue("kind", details.kind().name()).addValue("outOfArea", details.outOfArea())
        .addValue("capacity", details.capacity())
        .addValue("unit", details.capacityUnit() == null ? null : details.capacityUnit().name())
        .addValue("cost", details.weeklyCostPence())
        .addValue("min", details.intendedStayMinDays()).addValue("max", details.intendedStayMaxDays())
        .addValue("eligibility", details.eligibility()).addValue("womenOnly", details.womenOnly())
        .addValue("userRun", details.userRun()).addValue("specialist", details.specialist())
        .addValue("address", details.address()).addValue("postcode", details.postcode())
        .addValue("locality", details.localityId()).addValue("description", details.description());
  }
}
