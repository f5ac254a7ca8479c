package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.bootstrap.AdminCliRunner.Result;
import io.primetrade.domain.user.Actor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin tool's database commands on real SQLite files. */
class AdminCliDbIT {
  @TempDir Path directory;

  @Test
  void status_ofAFreshFile_showsEveryMigrationPending_untilMigrated() {
    AdminCliRunner cli = AdminCliRunner.on(directory.resolve("fresh.db"));

    JsonNode before = cli.run("db", "status", "--json").json();
    Result migrated = cli.run("db", "migrate");
    JsonNode after = cli.run("db", "status", "--json").json();
    Result again = cli.run("db", "migrate");
    Result table = cli.run("db", "status");

    assertThat(before.get("version").isNull()).isTrue();
    assertThat(before.get("pending").asInt()).isEqualTo(5);
    assertThat(migrated.code()).as("%s", migrated).isZero();
    assertThat(migrated.out()).isEqualTo("Applied 5 migrations; the schema is at version 5.\n");
    assertThat(after.get("version").asText()).isEqualTo("5");
    assertThat(after.get("pending").asInt()).isZero();
    assertThat(after.get("rows").get("users").asLong()).isZero();
    assertThat(after.get("rows").get("tasks").asLong()).isZero();
    assertThat(after.get("bytes").get("fresh.db").asLong()).isPositive();
    assertThat(again.out()).isEqualTo("Applied 0 migrations; the schema is at version 5.\n");
    assertThat(table.out())
        .containsPattern("(?m)^Schema version +5$")
        .containsPattern("(?m)^Pending migrations +0$")
        .containsPattern("(?m)^tasks +0$");
  }

  @Test
  void check_findsNothing_onAHealthyFile() {
    AdminCliRunner cli = AdminCliRunner.on(directory.resolve("healthy.db"));
    cli.createUser("ann", "ann-password-1", true);

    Result result = cli.run("db", "check");

    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("No problems found.\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void check_reportsABrokenForeignKey_onStderr_withExitOne() throws SQLException {
    Path file = directory.resolve("broken.db");
    AdminCliRunner cli = AdminCliRunner.on(file);
    cli.run("db", "migrate");
    // Behind the application's back: sqlite-jdbc leaves foreign keys unchecked by default.
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO tasks (id, title, status, priority, created_by, created_at, updated_at,"
              + " version) VALUES ('0b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e', 'Orphan', 'pending',"
              + " 'low', '1b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e', 0, 0, 1)");
    }

    Result result = cli.run("db", "check");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).hasSize(2);
    assertThat(result.errLines().get(0)).startsWith("problem: ").contains("tasks");
    assertThat(result.errLines().get(1)).isEqualTo("1 problem found.");
  }

  @Test
  void backup_ofALiveDatabase_whileAnotherInstanceWrites_passesTheCheck() throws Exception {
    Path live = directory.resolve("live.db");
    Path backup = directory.resolve("backups").resolve("copy.db");
    AdminCliRunner cli = AdminCliRunner.on(live);
    cli.createUser("writer", "writer-password", true);
    Actor author = cli.login("writer@example.com", "writer-password").user().asActor();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger written = new AtomicInteger();
    CountDownLatch warmedUp = new CountDownLatch(20);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    Result backedUp;
    try (PrimeTrade server = cli.app()) {
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> {
                while (!stop.get()) {
                  server
                      .core()
                      .createTask()
                      .create(
                          new CreateTaskUseCase.Command(
                              author,
                              "Written during backup " + written.incrementAndGet(),
                              null,
                              null,
                              null,
                              null,
                              null));
                  warmedUp.countDown();
                }
              },
              executor);
      assertThat(warmedUp.await(30, TimeUnit.SECONDS)).isTrue();

      backedUp = cli.run("db", "backup", backup.toString());
      int writtenByThen = written.get();
      // The writer goes on after the backup, so the two really overlapped.
      while (written.get() < writtenByThen + 20 && !writer.isDone()) {
        Thread.onSpinWait();
      }
      stop.set(true);
      writer.get(30, TimeUnit.SECONDS);
    } finally {
      executor.shutdownNow();
    }

    assertThat(backedUp.code()).as("%s", backedUp).isZero();
    assertThat(backedUp.out()).isEqualTo("Backed up to " + backup + ".\n");
    AdminCliRunner onBackup = AdminCliRunner.on(backup);
    Result check = onBackup.run("db", "check");
    assertThat(check.code()).as("%s", check).isZero();
    long copied = onBackup.run("db", "status", "--json").json().get("rows").get("tasks").asLong();
    assertThat(copied).isBetween(20L, (long) written.get() - 1);
    assertThat(cli.run("db", "backup", backup.toString()).code()).isEqualTo(1);
  }

  @Test
  void vacuum_keepsTheData() {
    AdminCliRunner cli = AdminCliRunner.on(directory.resolve("vacuumed.db"));
    cli.createUser("ann", "ann-password-1", false);

    Result result = cli.run("db", "vacuum");

    assertThat(result.code()).as("%s", result).isZero();
    assertThat(result.out()).startsWith("Vacuumed: ");
    assertThat(cli.run("users", "show", "ann@example.com").code()).isZero();
  }

  @Test
  void missingDirectoryOfTheDatabase_isCreated() {
    Path file = directory.resolve("not").resolve("yet").resolve("there.db");

    Result result = AdminCliRunner.on(file).run("db", "migrate");

    assertThat(result.code()).as("%s", result).isZero();
    assertThat(file).isRegularFile();
  }

  @Test
  void databasePathThatIsADirectory_exitsThree_withOneLine() throws Exception {
    Path notAFile = Files.createDirectory(directory.resolve("a-directory.db"));

    Result result = AdminCliRunner.on(notAFile).run("users", "list");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("error: ").contains("--verbose");
  }

  @Test
  void databaseLockedByAnotherWriter_exitsThree_withOneLine_afterTheBusyTimeout() throws Exception {
    Path file = directory.resolve("locked.db");
    assertThat(AdminCliRunner.on(file).run("db", "migrate").code()).isZero();

    // Another process's long write: it holds SQLite's write lock past the 5 s busy timeout.
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = other.createStatement()) {
      statement.execute("BEGIN EXCLUSIVE");
      Result result =
          AdminCliRunner.on(file)
              .runWithInput(
                  new ByteArrayInputStream("locked-pw-1\n".getBytes(StandardCharsets.UTF_8)),
                  "users",
                  "create",
                  "--username",
                  "blocked",
                  "--email",
                  "blocked@example.com",
                  "--password-stdin");
      statement.execute("ROLLBACK");

      assertThat(result.code()).as("%s", result).isEqualTo(3);
      assertThat(result.errLines()).hasSize(1);
      assertThat(result.err()).startsWith("error: ").containsIgnoringCase("unavailable");
    }
    Result after = AdminCliRunner.on(file).run("users", "list", "--json");
    assertThat(after.code()).isZero();
    assertThat(after.out()).doesNotContain("blocked@example.com");
  }
}
