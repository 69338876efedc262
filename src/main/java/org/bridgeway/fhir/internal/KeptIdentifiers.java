package org.bridgeway.fhir.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The identifiers other systems gave the resources Bridgeway took from their bundles (NHS numbers excepted:
 * they are kept on the person's record), so that a conditional create finds what an earlier bundle created.
 */
@Component
class KeptIdentifiers {

  private final JdbcClient jdbc;

  KeptIdentifiers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<UUID> find(UUID alliance, String resourceType, String system, String value) {
    return jdbc.sql("""
            select target_id from fhir_identifier
            where alliance_id = :alliance and resource_type = :type and system = :system and value = :value""")
        .param("alliance", alliance).param("type", resourceType).param("system", system).param("value", value)
        .query(UUID.class).optional();
  }

  /** Keeps the identifier for the record; one already kept for another record stays with that record. */
  void keep(UUID alliance, String resourceType, String system, String value, UUID target, String by) {
    jdbc.sql("""
            insert into fhir_identifier (alliance_id, resource_type, system, value, target_id, created_by)
            values (:alliance, :type, :system, :value, :target, :by) on conflict do nothing""")
        .param("alliance", alliance).param("type", resourceType).param("system", system).param("value", value)
        .param("target", target).param("by", by).update();
  }
}
