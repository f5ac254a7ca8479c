package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.domain.user.UserId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class SqliteMigrationTest {
  @TempDir Path dir;

  @Test
  void createsTheSchema_onANewFileInANewDirectory() {
    Path file = dir.resolve("new/sub/dir/tasks.db");

    try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file))) {
      assertThat(appliedMigrations(database)).containsExactly("1", "2", "3", "4", "5");
      assertThat(tables(database)).contains("users", "tasks", "refresh_tokens");
    }
  }

  @Test
  void secondOpen_migratesNothing() {
    Path file = dir.resolve("tasks.db");
    SqliteDatabase.open(SqliteSettings.of(file)).close();

    try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file))) {
      assertThat(appliedMigrations(database)).containsExactly("1", "2", "3", "4", "5");
    }
  }

  @Test
  void concurrentOpensInOneJvm_migrateOnce() throws Exception {
    Path file = dir.resolve("tasks.db");
    int openers = 6;
    ExecutorService threads = Executors.newFixedThreadPool(openers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<SqliteDatabase>> opened = new ArrayList<>();
    try {
      for (int i = 0; i < openers; i++) {
        Callable<SqliteDatabase> open =
            () -> {
              start.await();
              return SqliteDatabase.open(SqliteSettings.of(file));
            };
        opened.add(threads.submit(open));
      }
      start.countDown();
      List<SqliteDatabase> databases = new ArrayList<>();
      for (Future<SqliteDatabase> database : opened) {
        databases.add(database.get(60, TimeUnit.SECONDS));
      }

      for (SqliteDatabase database : databases) {
        assertThat(appliedMigrations(database)).containsExactly("1", "2", "3", "4", "5");
        database.close();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void concurrentOpenInAnotherProcess_migratesOnce() throws Exception {
    Path file = dir.resolve("tasks.db");

    try (ChildJvm child = ChildJvm.start(dir, "open", file.toString())) {
      child.go();
      try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file))) {
        child.assertSucceeds();

        assertThat(appliedMigrations(database)).containsExactly("1", "2", "3", "4", "5");
      }
    }
  }

  @Test
  void upgradesADatabaseOfVersionOne_keepingItsUsersActive() {
    Path file = dir.resolve("tasks.db");
    String url = "jdbc:sqlite:" + file;
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(SqliteDatabase.MIGRATIONS)
        .target("1")
        .load()
        .migrate();
    UUID id = UUID.randomUUID();
    Jdbi.create(url)
        .useHandle(
            handle ->
                handle.execute(
                    "INSERT INTO users (id, username, email, password_hash, role, created_at,"
                        + " updated_at) VALUES (?, 'ann', 'ann@example.com', 'insecure:x', 'user',"
                        + " 1, 2)",
                    id.toString()));

    try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file))) {
      assertThat(appliedMigrations(database)).containsExactly("1", "2", "3", "4", "5");
      assertThat(database.users().findById(new UserId(id)))
          .get()
          .satisfies(
              ann -> {
                assertThat(ann.active()).isTrue();
                assertThat(ann.username().value()).isEqualTo("ann");
                assertThat(ann.createdAt()).isEqualTo(Instant.ofEpochMilli(1));
              });
    }
  }

  @Test
  void refusesAnActiveFlagOtherThanZeroOrOne() {
    Path file = dir.resolve("tasks.db");

    try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file))) {
      assertThatThrownBy(
              () ->
                  Jdbi.create(database.dataSource())
                      .useHandle(
                          handle ->
                              handle.execute(
                                  "INSERT INTO users (id, username, email, password_hash, role,"
                                      + " active, created_at, updated_at) VALUES ('x', 'ann',"
                                      + " 'ann@example.com', 'insecure:x', 'user', 2, 1, 1)")))
          .hasMessageContaining("CHECK constraint failed");
    }
  }

  /** The versions in Flyway's history, one row per migration that ran. */
  static List<String> appliedMigrations(SqliteDatabase database) {
    return Jdbi.create(database.dataSource())
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = 1"
                            + " ORDER BY installed_rank")
                    .mapTo(String.class)
                    .list());
  }

  private static List<String> tables(SqliteDatabase database) {
    return Jdbi.create(database.dataSource())
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")
                    .mapTo(String.class)
                    .list());
  }
}
