package io.primetrade.bootstrap;

import io.primetrade.adapters.persistence.postgres.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server per test class, on a random port and a new SQLite file, configured through the same
 * environment variables as production, with a first admin.
 *
 * <p>With the system property {@value #DATABASE_PROPERTY} set to {@code postgres} (the failsafe
 * execution {@code postgres} sets it), the server uses a new PostgreSQL database instead, on the
 * tests' embedded server (see {@link TestPostgres}): the same suite then proves the same API on
 * both stores.
 */
final class ServerExtension implements BeforeAllCallback, AfterAllCallback {
  static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
  static final String ADMIN_EMAIL = "root@example.com";
  static final String ADMIN_PASSWORD = "admin-password-1";
  static final String DATABASE_PROPERTY = "primetrade.it.database";

  private final Map<String, String> overrides;
  private final AtomicInteger names = new AtomicInteger();
  private Path directory;
  private PrimeTradeServer server;
  private ApiClient client;
  private String adminToken;

  private ServerExtension(Map<String, String> overrides) {
    this.overrides = overrides;
  }

  static ServerExtension withDefaults() {
    return new ServerExtension(Map.of());
  }

  static ServerExtension withEnv(Map<String, String> overrides) {
    return new ServerExtension(overrides);
  }

  /** The environment of this extension's servers, for a database at {@code database}. */
  Map<String, String> environment(Path database) {
    Map<String, String> env = baseEnvironment(database);
    if ("postgres".equals(System.getProperty(DATABASE_PROPERTY))) {
      TestPostgres.Database postgres = TestPostgres.shared().newDatabase();
      env.put("DATABASE_URL", postgres.url());
      env.put("DATABASE_USER", postgres.user());
      if (postgres.password() != null) {
        env.put("DATABASE_PASSWORD", postgres.password());
      }
    }
    env.putAll(overrides);
    return env;
  }

  /** A test server's environment: loopback, a random port, a fixed secret, a first admin. */
  static Map<String, String> baseEnvironment(Path database) {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("HOST", "127.0.0.1");
    env.put("DATABASE_URL", "jdbc:sqlite:" + database);
    env.put("JWT_SECRET", JWT_SECRET);
    env.put("ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    // The suites make hundreds of requests from one address; RateLimitIT turns limiting on.
    env.put("RATE_LIMIT_ENABLED", "false");
    return env;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    directory = Files.createTempDirectory("primetrade-it");
    server = PrimeTradeServer.start(AppConfig.fromEnv(environment(database())));
    client = new ApiClient(server.port());
    adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (server != null) {
      server.close();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(ServerExtension::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path database() {
    return directory.resolve("primetrade.db");
  }

  PrimeTradeServer server() {
    return server;
  }

  ApiClient client() {
    return client;
  }

  String adminToken() {
    return adminToken;
  }

  /** A name no other test in this class uses. */
  String uniqueName(String prefix) {
    return prefix + names.incrementAndGet();
  }

  String login(String email, String password) {
    return client.login(email, password);
  }

  /** Registers a plain user and returns their token. */
  String registerUser(String username) {
    ApiClient.Response response =
        client.post(
            "/api/v1/auth/register",
            null,
            ApiClient.json(
                Map.of(
                    "username", username,
                    "email", username + "@example.com",
                    "password", "password-" + username)));
    if (response.status() != 201) {
      throw new AssertionError("register failed: " + response.status() + " " + response.text());
    }
    return response.data().get("token").asText();
  }

  /** Creates a task as the admin and returns its JSON. */
  com.fasterxml.jackson.databind.JsonNode createTask(Map<String, Object> fields) {
    ApiClient.Response response = client.post("/api/v1/tasks", adminToken, ApiClient.json(fields));
    if (response.status() != 201) {
      throw new AssertionError("create failed: " + response.status() + " " + response.text());
    }
    return response.data();
  }
}
