package org.bridgeway.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded PostgreSQL when no external database is configured. The data folder survives
 * restarts: the server is initialised only when the folder holds no database yet.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(Environment environment) throws IOException {
    Path folder = dataFolder(environment);
    if (environment.getProperty("bridgeway.database.fresh", Boolean.class, false)) {
      FileSystemUtils.deleteRecursively(folder);
    }
    Files.createDirectories(folder.getParent());
    log.info("Starting embedded PostgreSQL with its data in {}", folder);
    return EmbeddedPostgres.builder()
        .setDataDirectory(folder)
        .setCleanDataDirectory(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("max_connections", "100")
        .setServerConfig("shared_buffers", "256MB")
        .setServerConfig("fsync", "on")
        .start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres, Environment environment) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(environment.getProperty("bridgeway.database.pool-size", Integer.class, 20));
    dataSource.setPoolName("bridgeway");
    return dataSource;
  }

  static Path dataFolder(Environment environment) {
    String configured = environment.getProperty("bridgeway.data-dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().resolve("postgres");
    }
    return Path.of(System.getProperty("user.home"), ".bridgeway", "postgres");
  }
}
