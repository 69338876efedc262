package org.bridgeway.demo;

import org.bridgeway.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On start-up in demo mode, builds the demo on an empty installation and prints where to sign in. Demo mode is
 * {@code bridgeway.demo.enabled}, or when that is unset, whether the embedded database is used: with an
 * external database nothing is built and no user is created. With {@code bridgeway.demo.exit-after-load=true}
 * Bridgeway stops once the data is built, for benchmarks.
 */
@Component
@EnableConfigurationProperties(DemoSettings.class)
class DemoLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final DemoSettings settings;
  private final DatabaseMode database;
  private final DemoBuilder builder;
  private final Environment environment;
  private final ConfigurableApplicationContext context;

  DemoLoader(DemoSettings settings, DatabaseMode database, DemoBuilder builder, Environment environment,
      ConfigurableApplicationContext context) {
    this.settings = settings;
    this.database = database;
    this.builder = builder;
    this.environment = environment;
    this.context = context;
  }

  boolean demoMode() {
    Boolean enabled = settings.enabled();
    return enabled != null ? enabled : database.embedded();
  }

  /** Builds the demo if demo mode is on and the installation is empty; true if it was built now. */
  boolean load() {
    if (!demoMode()) {
      return false;
    }
    boolean built = builder.buildIfEmpty();
    if (!built) {
      log.info("Demo data: the installation already has alliances, so nothing was added");
    }
    return built;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demoMode()) {
      return;
    }
    load();
    System.out.println(DemoBanner.text(environment.getProperty("local.server.port",
        environment.getProperty("server.port", "8080"))));
    if (settings.exitAfterLoad()) {
      log.info("Demo data: built; stopping as bridgeway.demo.exit-after-load asks");
      System.exit(SpringApplication.exit(context, () -> 0));
    }
  }
}
