package org.bridgeway.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.bridgeway.Bridgeway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With SPRING_DATASOURCE_URL set, Bridgeway uses that server instead of starting its own, applies its
 * migrations there, and creates no demo data and no demo users. A separate PostgreSQL server stands in for
 * the operator's here.
 */
class ExternalDatabaseTest {

  @Test
  void anExternalDatabaseIsMigratedAndGetsNoDemoDataOrUsers() throws Exception {
    Path folder = Files.createTempDirectory("bridgeway-external");
    try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg")).start();
         ConfigurableApplicationContext context = new SpringApplicationBuilder(Bridgeway.class)
             .web(WebApplicationType.NONE)
             .properties(
                 "spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                 "spring.datasource.username=postgres",
                 "spring.main.banner-mode=off",
                 "bridgeway.data-dir=" + folder.resolve("unused"))
             .run()) {
      assertThat(context.getBean(DatabaseMode.class).embedded()).isFalse();
      assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
      JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
      assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
          .isGreaterThanOrEqualTo(4);
      assertThat(jdbc.sql("select count(*) from alliance").query(Integer.class).single()).isZero();
      assertThat(jdbc.sql("select count(*) from user_account").query(Integer.class).single()).isZero();
      assertThat(folder.resolve("unused")).doesNotExist();
    }
  }
}
