package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar started as its own process, the way users and orchestrators run it, with only
 * the environment it is given.
 */
final class ServerProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "primetrade.jar").toAbsolutePath();

  private final Process process;
  private final Path log;
  private final ApiClient client;

  private ServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.client = new ApiClient(port);
  }

  /** Starts the jar in {@code directory} on a free port and waits until it is healthy. */
  static ServerProcess start(Path directory, Map<String, String> env) throws Exception {
    int port = freePort();
    Path log = directory.resolve("server.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString())
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.environment().put("PORT", Integer.toString(port));
    ServerProcess server = new ServerProcess(builder.start(), log, port);
    server.awaitHealthy();
    return server;
  }

  ApiClient client() {
    return client;
  }

  Process process() {
    return process;
  }

  /** Everything the server printed so far. */
  String output() throws IOException {
    return Files.readString(log);
  }

  /**
   * Everything the server printed, once it holds {@code expected}: the server writes its lines on a
   * logging thread of its own, shortly after the request or event that caused them.
   */
  String awaitOutput(String expected) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    String output = output();
    while (!output.contains(expected) && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      output = output();
    }
    return output;
  }

  private void awaitHealthy() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the server exited early:%n%s", output()).isTrue();
      try {
        if (client.send(client.request("/health/ready").GET().build()).status() == 200) {
          return;
        }
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof ConnectException)) {
          throw e;
        }
      }
      process.waitFor(200, TimeUnit.MILLISECONDS); // not listening yet: wait a little, or exit
    }
    throw new AssertionError("the server did not become ready within 60 s:\n" + output());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
