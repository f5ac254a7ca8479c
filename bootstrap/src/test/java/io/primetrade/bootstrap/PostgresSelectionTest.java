package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.adapters.persistence.postgres.TestPostgres;
import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.domain.user.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL is chosen by configuration alone: the URL's prefix, plus credentials. */
class PostgresSelectionTest {
  @Test
  void configAcceptsAPostgresUrl_andHidesThePassword() {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", "jdbc:postgresql://db.internal:5432/primetrade?password=in-url");
    env.put("DATABASE_USER", "primetrade");
    env.put("DATABASE_PASSWORD", "s3cret-password");

    AppConfig config = AppConfig.fromEnv(env);

    assertThat(config.databaseUser()).contains("primetrade");
    assertThat(config.databasePassword()).contains("s3cret-password");
    assertThat(config.toString()).doesNotContain("s3cret-password").doesNotContain("in-url");
  }

  @Test
  void configRefusesAnUnknownDatabaseUrl_namingTheVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("DATABASE_URL", "jdbc:mysql://x/y")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DATABASE_URL");
  }

  @Test
  void builderOpensPostgres_forAPostgresUrl() {
    TestPostgres.Database database = TestPostgres.shared().newDatabase();
    try (PrimeTrade app =
        PrimeTrade.builder()
            .databaseUrl(database.url())
            .databaseCredentials(database.user(), database.password())
            .bcryptCost(4)
            .adminSignupAllowed(true)
            .build()) {
      AuthResult admin =
          app.core()
              .registerUser()
              .register(
                  new RegisterUserUseCase.Command(
                      "boss", "boss@example.com", "password-1", Role.ADMIN, null));

      assertThat(admin.user().role()).isEqualTo(Role.ADMIN);
      assertThat(app.maintenance().orElseThrow().status().rows()).containsEntry("users", 1L);
      assertThat(app.maintenance().orElseThrow().status().bytes()).containsKey(database.name());
    }
  }
}
