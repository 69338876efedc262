package org.bridgeway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.bridgeway.Bridgeway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside demo mode the first administrator is opened by a command, with a password the operator chooses. */
class AdminCommandTest {

  static EmbeddedPostgres server;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("bridgeway-cmd").resolve("pg"))
        .start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  ConfigurableApplicationContext run(String password, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
    try {
      return new SpringApplicationBuilder(Bridgeway.class).web(WebApplicationType.NONE)
          .properties("spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
              "spring.datasource.username=postgres", "spring.main.banner-mode=off")
          .run(args);
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void theCommandOpensTheInstallationAdministratorWithTheChosenPassword() {
    try (var context = run("correct horse battery staple", "create-installation-admin", "--username=ops-lead")) {
      JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
      String hash = jdbc.sql("select password_hash from user_account where username = 'ops-lead' "
          + "and role = 'INSTALLATION_ADMIN' and alliance_id is null").query(String.class).single();
      assertThat(hash).startsWith("{argon2}");
      assertThat(context.getBean(PasswordEncoder.class).matches("correct horse battery staple", hash)).isTrue();
    }
  }

  @Test
  void aShortPasswordIsRefusedAndNoAccountIsOpened() {
    assertThatThrownBy(() -> run("short", "create-installation-admin", "--username=ops-weak"))
        .isInstanceOf(AccountException.class).hasMessage("Enter a password of at least 12 characters");
    JdbcClient jdbc = JdbcClient.create(server.getPostgresDatabase());
    assertThat(jdbc.sql("select count(*) from user_account where username = 'ops-weak'")
        .query(Integer.class).single()).isZero();
  }
}
