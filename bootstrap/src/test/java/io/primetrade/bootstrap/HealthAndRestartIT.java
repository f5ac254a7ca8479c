package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.bootstrap.ApiClient.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers started and stopped by the test itself: health, restarts, lost databases. */
class HealthAndRestartIT {
  @TempDir Path directory;

  private static Map<String, String> env(Path database) {
    return ServerExtension.baseEnvironment(database);
  }

  @Test
  void health_reportsOkWithPidUptimeAndDatabase() {
    try (PrimeTradeServer server =
        PrimeTradeServer.start(AppConfig.fromEnv(env(directory.resolve("h.db"))))) {
      Response response = new ApiClient(server.port()).get("/health", null);

      assertThat(response.status()).isEqualTo(200);
      JsonNode health = response.json();
      assertThat(health.get("status").asText()).isEqualTo("OK");
      assertThat(health.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
      assertThat(health.get("uptime").asDouble()).isPositive();
      assertThat(health.get("checks").get("database").asText()).isEqualTo("UP");
    }
  }

  @Test
  void liveAndReady_reportTheProcessAndItsDependencies() {
    try (PrimeTradeServer server =
        PrimeTradeServer.start(AppConfig.fromEnv(env(directory.resolve("r.db"))))) {
      ApiClient api = new ApiClient(server.port());
      assertThat(api.get("/health/live", null).status()).isEqualTo(200);
      assertThat(api.get("/health/ready", null).json().get("checks").get("database").asText())
          .isEqualTo("UP");

      server.app().close(); // the database goes away

      assertThat(api.get("/health/live", null).status()).isEqualTo(200);
      assertThat(api.get("/health/ready", null).status()).isEqualTo(503);
    }
  }

  @Test
  void lostDatabase_gives503OnHealthAndRequests_neverAHang() {
    try (PrimeTradeServer server =
        PrimeTradeServer.start(AppConfig.fromEnv(env(directory.resolve("l.db"))))) {
      ApiClient api = new ApiClient(server.port());
      String token = api.login(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);

      server.app().close(); // the database goes away under a running API

      Response health = api.get("/health", null);
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
      assertThat(health.json().get("checks").get("database").asText()).isEqualTo("DOWN");
      Response list = api.get("/api/v1/tasks", token);
      assertThat(list.status()).isEqualTo(503);
      assertThat(list.json().get("success").asBoolean()).isFalse();
      assertThat(list.header("Retry-After")).isPresent();
    }
  }

  @Test
  void restart_keepsUsersTasksAndTokens() {
    Path database = directory.resolve("data").resolve("kept.db");
    String token;
    String taskId;
    try (PrimeTradeServer first = PrimeTradeServer.start(AppConfig.fromEnv(env(database)))) {
      ApiClient api = new ApiClient(first.port());
      token = api.login(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
      taskId =
          api.post("/api/v1/tasks", token, "{\"title\":\"Survives restarts\"}")
              .data()
              .get("id")
              .asText();
    }

    try (PrimeTradeServer second = PrimeTradeServer.start(AppConfig.fromEnv(env(database)))) {
      ApiClient api = new ApiClient(second.port());
      Response task = api.get("/api/v1/tasks/" + taskId, token);

      assertThat(task.status()).isEqualTo(200);
      assertThat(task.data().get("title").asText()).isEqualTo("Survives restarts");
      assertThat(api.get("/api/v1/tasks", token).json().get("meta").get("total").asInt())
          .isEqualTo(1);
    }
  }

  @Test
  void startsOnAFreshDirectory_creatingIt() throws IOException {
    Path database = directory.resolve("nested").resolve("deeper").resolve("new.db");

    try (PrimeTradeServer server = PrimeTradeServer.start(AppConfig.fromEnv(env(database)))) {
      assertThat(new ApiClient(server.port()).get("/health", null).status()).isEqualTo(200);
    }
    assertThat(Files.size(database)).isPositive();
  }
}
