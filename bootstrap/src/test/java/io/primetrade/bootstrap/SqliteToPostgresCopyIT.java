package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.adapters.persistence.postgres.TestPostgres;
import io.primetrade.bootstrap.AdminCliRunner.Result;
import io.primetrade.bootstrap.ApiClient.Response;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented move from SQLite to PostgreSQL, {@code primetrade-admin db copy --from
 * jdbc:sqlite:...}, from a SQLite file a real server filled into a real PostgreSQL database,
 * checked through the admin tool and through the API of a server on PostgreSQL.
 */
class SqliteToPostgresCopyIT {
  @TempDir Path directory;

  private Path file;
  private AdminCliRunner sqlite;
  private TestPostgres.Database database;
  private AdminCliRunner postgres;

  @BeforeEach
  void setUp() {
    file = directory.resolve("primetrade.db");
    Map<String, String> sqliteEnv = new HashMap<>();
    sqliteEnv.put("DATABASE_URL", "jdbc:sqlite:" + file);
    sqliteEnv.put("JWT_SECRET", ServerExtension.JWT_SECRET);
    sqlite = new AdminCliRunner(sqliteEnv);
    database = TestPostgres.shared().newDatabase();
    Map<String, String> postgresEnv = AdminCliRunner.postgresEnvironment(database);
    postgresEnv.put("JWT_SECRET", ServerExtension.JWT_SECRET);
    postgres = new AdminCliRunner(postgresEnv);
  }

  private Map<String, String> serverOnPostgres() {
    Map<String, String> env = ServerExtension.baseEnvironment(directory.resolve("unused.db"));
    env.putAll(AdminCliRunner.postgresEnvironment(database));
    return env;
  }

  @Test
  void copiesUsersAndTasksAsTheyAre_andTheApiOnPostgresServesThemUnchanged() {
    String adminToken;
    String annTask;
    JsonNode boardOnSqlite;
    try (PrimeTradeServer server =
        PrimeTradeServer.start(AppConfig.fromEnv(ServerExtension.baseEnvironment(file)))) {
      ApiClient api = new ApiClient(server.port());
      adminToken = api.login(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
      register(api, "ann");
      register(api, "bob");
      annTask =
          api.post(
                  "/api/v1/tasks",
                  adminToken,
                  ApiClient.json(
                      Map.of(
                          "title", "Write the report",
                          "description", "Numbers from finance",
                          "priority", "high",
                          "dueDate", "2026-12-01",
                          "assignedTo", "ann")))
              .data()
              .get("id")
              .asText();
      api.post("/api/v1/tasks", adminToken, "{\"title\":\"Book the offsite\"}");
      api.post("/api/v1/tasks", adminToken, "{\"title\":\"Ünïcödé ✓\",\"priority\":\"low\"}");
      String ann = api.login("ann@example.com", "password-ann");
      assertThat(api.put("/api/v1/tasks/" + annTask, ann, "{\"status\":\"in-progress\"}").status())
          .isEqualTo(200);
      assertThat(api.put("/api/v1/tasks/" + annTask, ann, "{\"status\":\"completed\"}").status())
          .isEqualTo(200);
      boardOnSqlite = api.get("/api/v1/tasks?limit=100", adminToken).json().get("data");
    }
    assertThat(sqlite.run("users", "deactivate", "bob@example.com").code()).isZero();
    String usersOnSqlite = sqlite.run("users", "list", "--json").out();
    String tasksOnSqlite = sqlite.run("tasks", "export", "--format", "jsonl").out();

    Result copied = postgres.run("db", "copy", "--from", "jdbc:sqlite:" + file);

    assertThat(copied.code()).as("%s", copied).isZero();
    assertThat(copied.out()).isEqualTo("Copied 3 users and 3 tasks.\n");
    // Ids, roles, active flags, versions and timestamps, field by field, in the same order.
    assertThat(postgres.run("users", "list", "--json").out()).isEqualTo(usersOnSqlite);
    assertThat(postgres.run("tasks", "export", "--format", "jsonl").out()).isEqualTo(tasksOnSqlite);
    assertThat(postgres.run("db", "status", "--json").json().get("version").asText())
        .isEqualTo("2");

    try (PrimeTradeServer server = PrimeTradeServer.start(AppConfig.fromEnv(serverOnPostgres()))) {
      ApiClient api = new ApiClient(server.port());
      // A token from the SQLite server still names the same account: the ids came along.
      Response me = api.get("/api/v1/users/me", adminToken);
      assertThat(me.status()).isEqualTo(200);
      assertThat(me.data().get("email").asText()).isEqualTo(ServerExtension.ADMIN_EMAIL);
      assertThat(api.get("/api/v1/tasks?limit=100", adminToken).json().get("data"))
          .isEqualTo(boardOnSqlite);
      // The password hashes came along: the old passwords work; bob stays deactivated.
      String ann = api.login("ann@example.com", "password-ann");
      Response task = api.get("/api/v1/tasks/" + annTask, ann);
      assertThat(task.data().get("version").asLong()).isEqualTo(3);
      assertThat(task.data().get("status").asText()).isEqualTo("completed");
      assertThat(loginStatus(api, "bob@example.com", "password-bob")).isEqualTo(401);
      assertThat(loginStatus(api, "ann@example.com", "wrong-password")).isEqualTo(401);
    }

    Result again = postgres.run("db", "copy", "--from", "jdbc:sqlite:" + file);

    assertThat(again.code()).isEqualTo(1);
    assertThat(again.errLines())
        .containsExactly(
            "error: The database to copy into already has 3 users and 3 tasks; copy into an"
                + " empty one");
    assertThat(postgres.run("db", "status", "--json").json().get("rows").get("users").asLong())
        .isEqualTo(3);
  }

  @Test
  void copyThatFailsMidway_leavesTheTargetEmpty_soItCanRunAgain() throws SQLException {
    assertThat(sqlite.createUser("owner", "owner-password", true).code()).isZero();
    for (String title : new String[] {"First", "Poison", "Third"}) {
      assertThat(
              sqlite
                  .runWithStdin(
                      "{\"title\":\"" + title + "\"}\n",
                      "tasks",
                      "import",
                      "-",
                      "--format",
                      "jsonl",
                      "--created-by",
                      "owner@example.com")
                  .code())
          .isZero();
    }
    assertThat(postgres.run("db", "migrate").code()).isZero();
    // The server refuses one task, as a constraint or a full disk could.
    execute(
        "CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF NEW.title = 'Poison' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER refuse_poison BEFORE INSERT ON tasks FOR EACH ROW"
            + " EXECUTE FUNCTION refuse_poison()");

    Result failed = postgres.run("db", "copy", "--from", "jdbc:sqlite:" + file);

    assertThat(failed.code()).as("%s", failed).isEqualTo(3);
    assertThat(failed.errLines()).hasSize(1);
    JsonNode rows = postgres.run("db", "status", "--json").json().get("rows");
    assertThat(rows.get("users").asLong()).isZero();
    assertThat(rows.get("tasks").asLong()).isZero();

    execute("DROP TRIGGER refuse_poison ON tasks");
    Result retried = postgres.run("db", "copy", "--from", "jdbc:sqlite:" + file);

    assertThat(retried.code()).as("%s", retried).isZero();
    assertThat(retried.out()).isEqualTo("Copied 1 user and 3 tasks.\n");
  }

  @Test
  void missingSourceFile_isAUsageError_andCreatesNoFile() {
    Path missing = directory.resolve("nope.db");

    Result result = postgres.run("db", "copy", "--from", "jdbc:sqlite:" + missing);

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly("error: --from names no SQLite database: no such file " + missing);
    assertThat(missing).doesNotExist();
  }

  private void execute(String... statements) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static void register(ApiClient api, String username) {
    Response response =
        api.post(
            "/api/v1/auth/register",
            null,
            ApiClient.json(
                Map.of(
                    "username", username,
                    "email", username + "@example.com",
                    "password", "password-" + username)));
    assertThat(response.status()).as("%s", response.text()).isEqualTo(201);
  }

  private static int loginStatus(ApiClient api, String email, String password) {
    return api.post(
            "/api/v1/auth/login",
            null,
            ApiClient.json(Map.of("email", email, "password", password)))
        .status();
  }
}
