package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.DatabaseMaintenance.Migration;
import io.primetrade.application.port.out.DatabaseMaintenance.Status;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.user.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What the admin tool does to a database file through {@link DatabaseMaintenance}. */
@Timeout(120)
class SqliteMaintenanceTest {

  /** How many tasks the writer of the backup test adds per transaction. */
  private static final int PER_TRANSACTION = 10;

  @TempDir Path dir;

  private final List<SqliteDatabase> opened = new ArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void closeAll() {
    threads.shutdownNow();
    opened.forEach(SqliteDatabase::close);
  }

  @Test
  void statusOfAMigratedDatabase_showsVersionRowsAndFiles() {
    SqliteDatabase database = open(dir.resolve("primetrade.db"));
    UserId admin = SqliteChild.addAdmin(database);
    database.tasks().add(SqliteChild.task("one", admin));
    database.tasks().add(SqliteChild.task("two", admin));

    Status status = database.maintenance().status();

    assertThat(status.version()).isEqualTo("5");
    assertThat(status.pending()).isZero();
    assertThat(status.rows()).containsEntry("users", 1L).containsEntry("tasks", 2L).hasSize(2);
    // While the database is open, SQLite keeps its WAL and shared-memory files beside it.
    assertThat(status.bytes())
        .containsOnlyKeys("primetrade.db", "primetrade.db-shm", "primetrade.db-wal");
    assertThat(status.bytes().get("primetrade.db")).isPositive();
  }

  @Test
  void statusOfAFileNeverMigrated_showsNoVersionNoRowsAndEveryMigrationPending() {
    SqliteDatabase database = openWithoutMigrating(dir.resolve("new/primetrade.db"));

    Status status = database.maintenance().status();

    assertThat(status.version()).isNull();
    assertThat(status.pending()).isEqualTo(5);
    assertThat(status.rows()).isEmpty();
    assertThat(status.bytes()).containsKey("primetrade.db");
  }

  @Test
  void repositoriesOfAFileNeverMigrated_failWithWhatSqliteSays() {
    SqliteDatabase database = openWithoutMigrating(dir.resolve("primetrade.db"));

    assertThatThrownBy(() -> database.users().findById(new UserId(UUID.randomUUID())))
        .isNotInstanceOf(UnavailableException.class)
        .satisfies(
            e -> {
              SQLiteException sqlite = sqliteCause(e);
              assertThat(sqlite.getMessage()).contains("no such table: users");
              assertThat(sqlite.getResultCode()).isEqualTo(SQLiteErrorCode.SQLITE_ERROR);
            });
  }

  @Test
  void migrate_appliesWhatIsPending_thenNothing() {
    SqliteDatabase database = openWithoutMigrating(dir.resolve("primetrade.db"));

    Migration first = database.maintenance().migrate();
    Migration second = database.maintenance().migrate();

    assertThat(first).isEqualTo(new Migration(5, "5"));
    assertThat(second).isEqualTo(new Migration(0, "5"));
    assertThat(database.maintenance().status().pending()).isZero();
    UserId admin = SqliteChild.addAdmin(database);
    assertThat(database.users().findById(admin)).isPresent();
  }

  @Test
  void migrate_upgradesADatabaseOfVersionOne() {
    Path file = dir.resolve("primetrade.db");
    Flyway.configure()
        .dataSource("jdbc:sqlite:" + file, null, null)
        .locations(SqliteDatabase.MIGRATIONS)
        .target("1")
        .load()
        .migrate();
    SqliteDatabase database = openWithoutMigrating(file);
    Status before = database.maintenance().status();

    Migration migration = database.maintenance().migrate();

    assertThat(before.version()).isEqualTo("1");
    assertThat(before.pending()).isEqualTo(4);
    assertThat(before.rows()).containsOnlyKeys("users", "tasks");
    assertThat(migration).isEqualTo(new Migration(4, "5"));
  }

  @Test
  void backupWhileAnotherThreadWrites_isAConsistentCopy() throws Exception {
    SqliteDatabase database = open(dir.resolve("primetrade.db"));
    UserId admin = SqliteChild.addAdmin(database);
    AtomicLong committed = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch writing = new CountDownLatch(50);
    Future<?> writer =
        threads.submit(
            () -> {
              while (!stop.get()) {
                committed.addAndGet(database.tasks().addAll(batch(admin)));
                writing.countDown();
              }
              return null;
            });
    assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();

    long before = committed.get();
    Path backup = dir.resolve("backups/primetrade-backup.db");
    database.maintenance().backup(backup);
    long after = committed.get();
    stop.set(true);
    writer.get(60, TimeUnit.SECONDS);

    SqliteDatabase copy = open(backup);
    assertThat(copy.maintenance().check()).isEmpty();
    long copied = total(copy);
    // Every transaction the writer finished before the backup began is in it, and nothing it began
    // after the backup ended; one transaction may have committed before its count was added.
    assertThat(copied).isBetween(before, after + PER_TRANSACTION);
    assertThat(copied % PER_TRANSACTION).as("whole transactions only").isZero();
    assertThat(copy.users().findById(admin)).isEqualTo(database.users().findById(admin));
    List<Task> differing = new ArrayList<>();
    copy.tasks()
        .scan(
            TaskFilter.ALL,
            task -> {
              if (!database.tasks().findById(task.id()).equals(Optional.of(task))) {
                differing.add(task);
              }
            });
    assertThat(differing).isEmpty();
  }

  @Test
  void backup_refusesATargetThatExists() throws Exception {
    SqliteDatabase database = open(dir.resolve("primetrade.db"));
    Path target = Files.writeString(dir.resolve("taken.db"), "precious");

    assertThatThrownBy(() -> database.maintenance().backup(target))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).singleElement().extracting("field").isEqualTo("target"));
    assertThat(Files.readString(target)).isEqualTo("precious");
  }

  @Test
  void backup_toANewDirectoryAndAFileNameWithAQuote_works() {
    SqliteDatabase database = open(dir.resolve("primetrade.db"));
    UserId admin = SqliteChild.addAdmin(database);
    Path target = dir.resolve("new/sub dir/it's a backup.db");

    database.maintenance().backup(target);

    assertThat(open(target).users().findById(admin)).isPresent();
  }

  @Test
  void check_findsNothing_onAHealthyDatabase() {
    SqliteDatabase database = open(dir.resolve("primetrade.db"));
    UserId admin = SqliteChild.addAdmin(database);
    database.tasks().add(SqliteChild.task("one", admin));

    assertThat(database.maintenance().check()).isEmpty();
  }

  @Test
  void check_findsATaskWhoseCreatorIsMissing() throws Exception {
    Path file = dir.resolve("primetrade.db");
    SqliteDatabase database = open(file);
    SqliteChild.addAdmin(database);
    Task orphan = SqliteChild.task("orphan", new UserId(UUID.randomUUID()));
    try (Handle raw =
        Jdbi.create("jdbc:sqlite:" + file).installPlugin(new SqlObjectPlugin()).open()) {
      raw.execute("PRAGMA foreign_keys = OFF");
      raw.attach(TaskDao.class).insert(TaskRow.from(orphan));
    }
    long rowid =
        Jdbi.create(database.dataSource())
            .withHandle(
                handle ->
                    handle
                        .createQuery("SELECT rowid FROM tasks WHERE id = :id")
                        .bind("id", orphan.id().value().toString())
                        .mapTo(Long.class)
                        .one());

    assertThat(database.maintenance().check())
        .containsExactly("tasks row " + rowid + " refers to a missing users row");
  }

  @Test
  void vacuum_shrinksTheFilesAfterManyDeletes_andKeepsTheData() throws Exception {
    Path file = dir.resolve("primetrade.db");
    SqliteDatabase database = open(file);
    UserId admin = SqliteChild.addAdmin(database);
    database.tasks().addAll(generated(admin, 20_000));
    Task kept = SqliteChild.task("kept", admin);
    database.tasks().add(kept);
    Jdbi.create(database.dataSource())
        .useHandle(
            handle ->
                handle.execute("DELETE FROM tasks WHERE id <> ?", kept.id().value().toString()));
    long before = bytes(database.maintenance().status());

    database.maintenance().vacuum();

    long after = bytes(database.maintenance().status());
    assertThat(after).isLessThan(before / 10);
    assertThat(database.tasks().findById(kept.id())).contains(kept);
    assertThat(total(database)).isEqualTo(1);
    assertThat(database.maintenance().check()).isEmpty();
  }

  @Test
  void readingOperations_doNotWaitForAnotherProcessWriting() throws Exception {
    Path file = dir.resolve("primetrade.db");
    SqliteDatabase database = open(file);
    SqliteChild.addAdmin(database);
    try (Connection otherWriter = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = otherWriter.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      statement.execute("DELETE FROM users");

      // Needing SQLite's write lock, each would wait the whole busy timeout (and then fail).
      Duration busyTimeout = Duration.ofMillis(SqliteDatabase.BUSY_TIMEOUT_MILLIS);
      Status status = assertTimeout(busyTimeout, () -> database.maintenance().status());
      List<String> problems = assertTimeout(busyTimeout, () -> database.maintenance().check());
      assertTimeout(busyTimeout, () -> database.maintenance().backup(dir.resolve("backup.db")));

      statement.execute("ROLLBACK");
      assertThat(status.rows()).containsEntry("users", 1L);
      assertThat(problems).isEmpty();
    }
    assertThat(open(dir.resolve("backup.db")).maintenance().status().rows())
        .containsEntry("users", 1L);
  }

  @Test
  void everyOperation_throwsUnavailable_afterClose() {
    SqliteDatabase database = open(dir.resolve("primetrade.db"));
    database.close();
    DatabaseMaintenance maintenance = database.maintenance();

    assertThatThrownBy(maintenance::status).isInstanceOf(UnavailableException.class);
    assertThatThrownBy(maintenance::check).isInstanceOf(UnavailableException.class);
    assertThatThrownBy(maintenance::vacuum).isInstanceOf(UnavailableException.class);
    assertThatThrownBy(maintenance::migrate).isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> maintenance.backup(dir.resolve("backup.db")))
        .isInstanceOf(UnavailableException.class);
  }

  private SqliteDatabase open(Path file) {
    SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file));
    opened.add(database);
    return database;
  }

  private SqliteDatabase openWithoutMigrating(Path file) {
    SqliteDatabase database = SqliteDatabase.openWithoutMigrating(SqliteSettings.of(file));
    opened.add(database);
    return database;
  }

  private static Iterator<Task> batch(UserId creator) {
    return generated(creator, PER_TRANSACTION);
  }

  private static Iterator<Task> generated(UserId creator, int count) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tasks.add(SqliteChild.task("generated " + i, creator));
    }
    return tasks.iterator();
  }

  private static long total(SqliteDatabase database) {
    return database
        .tasks()
        .find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(1, 1))
        .total();
  }

  private static long bytes(Status status) {
    return status.bytes().values().stream().mapToLong(Long::longValue).sum();
  }

  private static SQLiteException sqliteCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite) {
        return sqlite;
      }
    }
    throw new AssertionError("No SQLiteException in the chain of " + e, e);
  }
}
