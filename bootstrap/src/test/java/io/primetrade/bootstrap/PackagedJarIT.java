package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.bootstrap.ApiClient.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it: {@code java -jar primetrade.jar} with no configuration at all
 * serves a working API on SQLite under {@code ./data}.
 */
class PackagedJarIT {
  private static final Path JAR = Path.of("target", "primetrade.jar").toAbsolutePath();

  @TempDir Path workingDirectory;

  @Test
  void runsWithNoConfiguration_onSqliteUnderData() throws Exception {
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString())
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workingDirectory.resolve("server.log").toFile());
    builder.environment().clear();
    // PORT only because the default, 3000, may be taken on a test machine.
    builder.environment().put("PORT", Integer.toString(port));
    Process server = builder.start();
    try {
      ApiClient api = new ApiClient(port);
      awaitHealthy(api, server);

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
      assertThat(Files.readString(workingDirectory.resolve("server.log")))
          .contains("JWT_SECRET is not set");
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static void awaitHealthy(ApiClient api, Process server) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      assertThat(server.isAlive()).as("the server process exited early").isTrue();
      try {
        if (api.send(api.request("/health").GET().build()).status() == 200) {
          return;
        }
      } catch (java.io.UncheckedIOException e) {
        if (!(e.getCause() instanceof ConnectException)) {
          throw e;
        }
      }
      server.waitFor(200, TimeUnit.MILLISECONDS); // not yet listening: wait a little, or exit
    }
    throw new AssertionError("the server did not become healthy within 60 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
