package org.bridgeway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.bridgeway.BridgewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads PostgreSQL's own catalogue: every table that belongs to an alliance carries alliance_id in its
 * primary key and in every foreign key, so the data can later be distributed by alliance. Only the few
 * installation-wide tables named here are exempt.
 */
@BridgewayTest
class TenantKeysTest {

  static final Set<String> INSTALLATION_TABLES = Set.of(
      "alliance", "user_account", "spring_session", "spring_session_attributes", "flyway_schema_history",
      "oauth_signing_key");

  @Autowired JdbcClient jdbc;

  List<String> tenantTables() {
    return jdbc.sql("""
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname""")
        .query(String.class).list().stream().filter(t -> !INSTALLATION_TABLES.contains(t)).toList();
  }

  @Test
  void thereAreTenantTablesToCheck() {
    assertThat(tenantTables()).contains("person", "organisation", "service", "staff", "audit_event");
  }

  @Test
  void everyTenantTableHasARequiredAllianceColumn() {
    List<String> missing = tenantTables().stream().filter(table -> jdbc.sql("""
            select count(*) from information_schema.columns
            where table_schema = 'public' and table_name = ? and column_name = 'alliance_id' and is_nullable = 'NO'""")
        .param(table).query(Integer.class).single() == 0).toList();
    assertThat(missing).as("tenant tables without a required alliance_id").isEmpty();
  }

  @Test
  void everyTenantTablesPrimaryKeyStartsWithTheAlliance() {
    List<String> broken = jdbc.sql("""
            select c.relname from pg_constraint k join pg_class c on c.oid = k.conrelid
            join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and k.contype = 'p'
              and (select attname from pg_attribute where attrelid = k.conrelid and attnum = k.conkey[1]) <> 'alliance_id'""")
        .query(String.class).list().stream().filter(t -> !INSTALLATION_TABLES.contains(t)).toList();
    List<String> withoutKey = tenantTables().stream().filter(table -> jdbc.sql("""
            select count(*) from pg_constraint k join pg_class c on c.oid = k.conrelid
            where c.relname = ? and k.contype = 'p'""").param(table).query(Integer.class).single() == 0).toList();
    assertThat(broken).as("tenant tables whose primary key does not start with alliance_id").isEmpty();
    assertThat(withoutKey).as("tenant tables without a primary key").isEmpty();
  }

  @Test
  void everyForeignKeyOfATenantTableIncludesTheAlliance() {
    List<String> broken = jdbc.sql("""
            select c.relname || '.' || k.conname from pg_constraint k
            join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
            join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and k.contype = 'f' and r.relname <> 'alliance'
              and not exists (
                select 1 from unnest(k.conkey, k.confkey) as pair(local_col, foreign_col)
                where (select attname from pg_attribute where attrelid = k.conrelid and attnum = pair.local_col) = 'alliance_id'
                  and (select attname from pg_attribute where attrelid = k.confrelid and attnum = pair.foreign_col) = 'alliance_id')""")
        .query(String.class).list().stream()
        .filter(name -> !INSTALLATION_TABLES.contains(name.substring(0, name.indexOf('.')))).toList();
    assertThat(broken).as("foreign keys that do not carry alliance_id to alliance_id").isEmpty();
  }
}
