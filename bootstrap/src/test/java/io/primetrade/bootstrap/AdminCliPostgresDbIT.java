package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.adapters.persistence.postgres.TestPostgres;
import io.primetrade.bootstrap.AdminCliRunner.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin tool's database commands on a real PostgreSQL, chosen by {@code DATABASE_URL} alone:
 * what AdminCliDbIT checks on SQLite files, in PostgreSQL's terms.
 */
class AdminCliPostgresDbIT {
  @TempDir Path directory;

  private static Map<String, String> environment(TestPostgres.Database database) {
    Map<String, String> env = AdminCliRunner.postgresEnvironment(database);
    env.put("JWT_SECRET", ServerExtension.JWT_SECRET);
    return env;
  }

  @Test
  void status_ofANewDatabase_showsEveryMigrationPending_untilMigrated() {
    TestPostgres.Database database = TestPostgres.shared().newDatabase();
    AdminCliRunner cli = new AdminCliRunner(environment(database));

    JsonNode before = cli.run("db", "status", "--json").json();
    Result migrated = cli.run("db", "migrate");
    JsonNode after = cli.run("db", "status", "--json").json();
    Result again = cli.run("db", "migrate");

    assertThat(before.get("version").isNull()).isTrue();
    assertThat(before.get("pending").asInt()).isEqualTo(2);
    assertThat(migrated.code()).as("%s", migrated).isZero();
    assertThat(migrated.out()).isEqualTo("Applied 2 migrations; the schema is at version 2.\n");
    assertThat(after.get("version").asText()).isEqualTo("2");
    assertThat(after.get("pending").asInt()).isZero();
    assertThat(after.get("rows").get("users").asLong()).isZero();
    assertThat(after.get("bytes").get(database.name()).asLong()).isPositive();
    assertThat(again.out()).isEqualTo("Applied 0 migrations; the schema is at version 2.\n");
  }

  @Test
  void checkVacuumAndBackup_inPostgresTerms() throws SQLException {
    TestPostgres.Database database = TestPostgres.shared().newDatabase();
    AdminCliRunner cli = new AdminCliRunner(environment(database));
    assertThat(cli.createUser("ann", "ann-password-1", true).code()).isZero();

    Result healthy = cli.run("db", "check");
    Result vacuumed = cli.run("db", "vacuum");
    Result backup = cli.run("db", "backup", directory.resolve("backup.db").toString());

    assertThat(healthy.code()).as("%s", healthy).isZero();
    assertThat(healthy.out()).isEqualTo("No problems found.\n");
    assertThat(vacuumed.code()).as("%s", vacuumed).isZero();
    assertThat(cli.run("users", "show", "ann@example.com").code()).isZero();
    assertThat(backup.code()).isEqualTo(1);
    assertThat(backup.errLines()).singleElement().asString().contains("pg_dump");
    assertThat(directory.resolve("backup.db")).doesNotExist();

    // As a restore that skipped the users table would leave it.
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE tasks DROP CONSTRAINT tasks_created_by_fkey");
      String ann = cli.run("users", "show", "ann@example.com", "--json").json().get("id").asText();
      assertThat(
              cli.runWithStdin(
                      "{\"title\":\"Orphan to be\"}\n",
                      "tasks",
                      "import",
                      "-",
                      "--format",
                      "jsonl",
                      "--created-by",
                      "ann@example.com")
                  .code())
          .isZero();
      statement.execute("DELETE FROM users WHERE id = '" + ann + "'");
    }
    Result broken = cli.run("db", "check");

    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("problem: ").contains("1 problem found.");
  }

  @Test
  void unreachableServer_exitsThree_withOneLine_promptly() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + port + "/primetrade");
    env.put("DATABASE_USER", "primetrade");
    env.put("DATABASE_PASSWORD", "not-printed-anywhere");
    Instant start = Instant.now();

    Result result = new AdminCliRunner(env).run("users", "list");

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
    assertThat(result.code()).as("%s", result).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .startsWith("error: ")
        .containsIgnoringCase("unavailable")
        .doesNotContain("not-printed-anywhere");
  }
}
