package io.primetrade.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primetrade.adapters.persistence.postgres.TestPostgres;
import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.LoginUseCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs {@code primetrade-admin} in-process through {@link AdminMain#run}, as an operator's shell
 * would, on one SQLite file, and captures what it prints.
 *
 * <p>With the system property {@value ServerExtension#DATABASE_PROPERTY} set to {@code postgres}
 * (the failsafe execution {@code postgres} sets it), each file name stands for a new PostgreSQL
 * database on the tests' server instead, the same one for the same path: the same suites then run
 * the tool on both stores, configured only by {@code DATABASE_URL} and its credentials.
 */
final class AdminCliRunner {
  static final String JWT_SECRET = ServerExtension.JWT_SECRET;
  static final ObjectMapper JSON = new ObjectMapper();

  /** The PostgreSQL database that stands for each SQLite path, in PostgreSQL runs. */
  private static final Map<Path, TestPostgres.Database> POSTGRES = new ConcurrentHashMap<>();

  private final Map<String, String> env;

  AdminCliRunner(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** The environment of a deployment whose database is {@code database}. */
  static AdminCliRunner on(Path database) {
    return new AdminCliRunner(environment(database));
  }

  static Map<String, String> environment(Path database) {
    Map<String, String> env = new HashMap<>();
    env.put("JWT_SECRET", JWT_SECRET);
    if ("postgres".equals(System.getProperty(ServerExtension.DATABASE_PROPERTY))) {
      TestPostgres.Database postgres =
          POSTGRES.computeIfAbsent(
              database.toAbsolutePath(), path -> TestPostgres.shared().newDatabase());
      env.putAll(postgresEnvironment(postgres));
    } else {
      env.put("DATABASE_URL", "jdbc:sqlite:" + database);
    }
    return env;
  }

  /** The variables that point a deployment at {@code database}. */
  static Map<String, String> postgresEnvironment(TestPostgres.Database database) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", database.url());
    env.put("DATABASE_USER", database.user());
    if (database.password() != null) {
      env.put("DATABASE_PASSWORD", database.password());
    }
    return env;
  }

  /** What one command printed, and its exit code. */
  record Result(int code, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  Result run(String... args) {
    return runWithInput(new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs with {@code stdin} as standard input, such as a password for --password-stdin. */
  Result runWithStdin(String stdin, String... args) {
    return runWithInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  Result runWithInput(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        AdminMain.run(
            env,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Creates an account through the tool; the password comes on standard input. */
  Result createUser(String username, String password, boolean admin) {
    return admin
        ? runWithStdin(
            password + "\n",
            "users",
            "create",
            "--username",
            username,
            "--email",
            username + "@example.com",
            "--admin",
            "--password-stdin")
        : runWithStdin(
            password + "\n",
            "users",
            "create",
            "--username",
            username,
            "--email",
            username + "@example.com",
            "--password-stdin");
  }

  /** The embedded core on the same database and secret, as a server would open it. */
  PrimeTrade app() {
    return PrimeTrade.builder()
        .databaseUrl(env.get("DATABASE_URL"))
        .databaseCredentials(env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"))
        .jwtSecret(JWT_SECRET.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /** Logs in through the core, as the API's login does. */
  AuthResult login(String email, String password) {
    try (PrimeTrade app = app()) {
      return app.core().login().login(new LoginUseCase.Command(email, password));
    }
  }
}
