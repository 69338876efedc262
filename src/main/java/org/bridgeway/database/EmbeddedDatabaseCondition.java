package org.bridgeway.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded database is used exactly when no external database URL has been configured. */
class EmbeddedDatabaseCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String url = context.getEnvironment().getProperty("spring.datasource.url");
    return url == null || url.isBlank();
  }

  static boolean isEmbedded(org.springframework.core.env.Environment environment) {
    String url = environment.getProperty("spring.datasource.url");
    return url == null || url.isBlank();
  }
}
