package org.bridgeway.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells other modules whether Bridgeway runs on its embedded database (and so in demo mode by default). */
@Component
public class DatabaseMode {

  private final boolean embedded;

  DatabaseMode(Environment environment) {
    this.embedded = EmbeddedDatabaseCondition.isEmbedded(environment);
  }

  public boolean embedded() {
    return embedded;
  }
}
