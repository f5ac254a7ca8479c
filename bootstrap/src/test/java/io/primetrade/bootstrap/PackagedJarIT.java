package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.bootstrap.ApiClient.Response;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as users and orchestrators run it: its own process, its own environment. */
class PackagedJarIT {
  @TempDir Path workingDirectory;

  @Test
  void runsWithNoConfiguration_onSqliteUnderData() throws Exception {
    // PORT only (set by ServerProcess), because the default, 3000, may be taken on a test machine.
    try (ServerProcess server = ServerProcess.start(workingDirectory, Map.of())) {
      ApiClient api = server.client();
      Response registered =
          api.post(
              "/api/v1/auth/register",
              null,
              ApiClient.json(
                  Map.of(
                      "username", "jarred", "email", "jar@example.com", "password", "jar-pw-123")));
      Response list = api.get("/api/v1/tasks", registered.data().get("token").asText());

      assertThat(registered.status()).isEqualTo(201);
      assertThat(list.status()).isEqualTo(200);
      assertThat(workingDirectory.resolve("data").resolve("primetrade.db")).isRegularFile();
      assertThat(server.awaitOutput("JWT_SECRET is not set")).contains("JWT_SECRET is not set");
      // The web page and its assets come out of the jar too.
      assertThat(api.get("/", null).text()).contains("src=\"/assets/app.js\"");
      assertThat(api.get("/assets/app.js", null).text()).contains("import * as api");
    }
  }

  @Test
  void sigterm_letsRequestsInFlightFinish_andExitsZero() throws Exception {
    Map<String, String> env =
        Map.of(
            "ADMIN_EMAIL", "root@example.com",
            "ADMIN_PASSWORD", "admin-password-1",
            // Slow logins (about half a second of bcrypt each) keep requests in flight.
            "BCRYPT_COST", "13",
            "JWT_SECRET", ServerExtension.JWT_SECRET);
    try (ServerProcess server = ServerProcess.start(workingDirectory, env)) {
      ApiClient api = server.client();
      List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        inFlight.add(
            api.sendAsync(
                api.request("/api/v1/auth/login")
                    .header("Content-Type", "application/json")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"root@example.com\",\"password\":\"admin-password-1\"}"))
                    .build()));
      }
      // Give the requests time to reach the server; they then take about a second to answer.
      server.process().waitFor(300, TimeUnit.MILLISECONDS);

      server.process().destroy(); // SIGTERM

      for (CompletableFuture<HttpResponse<String>> response : inFlight) {
        assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }
      assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(server.process().exitValue()).as(server.output()).isZero();
      assertThat(server.output())
          .contains("letting the requests in flight finish")
          .contains("PrimeTrade stopped");
    }
  }

  @Test
  void jsonLogs_carryTheRequestId_andLogDirGetsFiles() throws Exception {
    Path logs = workingDirectory.resolve("logs");
    Map<String, String> env = Map.of("LOG_FORMAT", "json", "LOG_DIR", logs.toString());
    try (ServerProcess server = ServerProcess.start(workingDirectory, env)) {
      ApiClient api = server.client();
      api.send(api.request("/health").header("X-Request-ID", "trace-json-1").GET().build());

      JsonNode access =
          server
              .awaitOutput("trace-json-1")
              .lines()
              .filter(line -> line.startsWith("{"))
              .map(PackagedJarIT::json)
              .filter(line -> "trace-json-1".equals(line.path("requestId").asText()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no JSON access line:\n" + output(server)));
      assertThat(access.get("logger_name").asText()).isEqualTo("io.primetrade.access");
      assertThat(access.get("route").asText()).isEqualTo("/health");
      assertThat(access.get("status").asText()).isEqualTo("200");
      assertThat(access.get("method").asText()).isEqualTo("GET");
      assertThat(access.has("durationMs")).isTrue();
      try (Stream<Path> files = Files.list(logs)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .contains("primetrade.log", "primetrade-error.log");
      }
      assertThat(Files.readString(logs.resolve("primetrade.log"))).contains("trace-json-1");
    }
  }

  private static JsonNode json(String line) {
    try {
      return ApiClient.JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static String output(ServerProcess server) {
    try {
      return server.output();
    } catch (java.io.IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
