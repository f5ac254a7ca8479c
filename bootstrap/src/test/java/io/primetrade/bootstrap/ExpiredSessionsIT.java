package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.RegisterUserUseCase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server deletes refresh tokens nobody can use any more, at start and every hour. */
class ExpiredSessionsIT {
  @TempDir Path directory;

  @Test
  void aStartingServer_deletesExpiredRefreshTokens_andKeepsLiveOnes() throws Exception {
    Path file = directory.resolve("sessions.db");
    Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
    try (PrimeTrade past =
        PrimeTrade.builder().sqlite(file).clock(Clock.fixed(longAgo, ZoneOffset.UTC)).build()) {
      for (String name : new String[] {"old1", "old2"}) {
        past.core()
            .registerUser()
            .register(
                new RegisterUserUseCase.Command(
                    name, name + "@example.com", "password-" + name, null, null));
      }
    }
    try (PrimeTrade present = PrimeTrade.builder().sqlite(file).build()) {
      present
          .core()
          .registerUser()
          .register(
              new RegisterUserUseCase.Command(
                  "current", "current@example.com", "password-current", null, null));
    }
    assertThat(refreshTokens(file)).isEqualTo(3);

    try (PrimeTradeServer server =
        PrimeTradeServer.start(AppConfig.fromEnv(ServerExtension.baseEnvironment(file)))) {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (refreshTokens(file) > 1 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }

      assertThat(refreshTokens(file)).isEqualTo(1);
      ApiClient.Response login =
          new ApiClient(server.port())
              .post(
                  "/api/v1/auth/login",
                  null,
                  ApiClient.json(
                      Map.of("email", "current@example.com", "password", "password-current")));
      assertThat(login.status()).isEqualTo(200);
    }
  }

  private static long refreshTokens(Path file) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM refresh_tokens")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
