package io.primetrade.adapters.cache.redis;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis server on a free loopback port, for tests: Debian's {@code redis-server} when it is
 * on the PATH, else the binary that ships in the embedded-redis test artifact, so the tests need
 * nothing installed. Its data lives in a temporary directory with an append-only file, so a restart
 * brings back what was written, as a production Redis with persistence does.
 */
public final class TestRedis implements AutoCloseable {
  private final int port;
  private final Path dir;
  private final RedisServer server;

  private TestRedis() throws IOException {
    this.port = freePort();
    this.dir = Files.createTempDirectory("primetrade-redis");
    this.server =
        RedisServer.newRedisServer()
            .executableProvider(executable())
            .port(port)
            .bind("127.0.0.1")
            .setting("dir " + dir)
            .setting("appendonly yes")
            .setting("appendfsync always")
            .setting("save \"\"")
            .onShutdownForceStop(true)
            .build();
  }

  /** Starts a new server. */
  public static TestRedis start() {
    try {
      TestRedis redis = new TestRedis();
      redis.resume();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a test Redis", e);
    }
  }

  private static ExecutableProvider executable() {
    try {
      return ExecutableProvider.newExecutableInPath("redis-server");
    } catch (FileNotFoundException e) {
      return ExecutableProvider.newJarResourceProvider();
    }
  }

  /** {@code redis://127.0.0.1:<port>}. */
  public URI uri() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  /** Stops the server, keeping its data for {@link #resume()}. */
  public void pause() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitPort(false);
  }

  /** Starts the server (again) on the same port and waits until it accepts connections. */
  public void resume() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitPort(true);
  }

  private void awaitPort(boolean open) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        if (open) {
          return;
        }
      } catch (IOException e) {
        if (!open) {
          return;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Test Redis did not " + (open ? "start" : "stop") + " in 10 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly();
    }
  }

  private void deleteQuietly() {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
