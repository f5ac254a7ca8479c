package io.primetrade.adapters.persistence.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's work on a SQLite database file: migrations, status, backup, checks and VACUUM.
 *
 * <p>Migrating and VACUUM take this process's write lock (and SQLite's), so that the writers of
 * this process queue behind them instead of failing; status, backup and check are reads, which in
 * WAL mode neither wait for writers nor block them.
 */
final class SqliteMaintenance implements DatabaseMaintenance {
  /** The tables {@link #status()} counts the rows of. */
  static final Set<String> COUNTED_TABLES = Set.of("users", "tasks");

  private static final Logger LOG = LoggerFactory.getLogger(SqliteMaintenance.class);
  private static final String INTEGRITY_OK = "ok";
  private static final Duration CHECKPOINT_PATIENCE = Duration.ofSeconds(5);
  private static final Duration CHECKPOINT_RETRY = Duration.ofMillis(50);

  private final Path file;
  private final HikariDataSource pool;
  private final SqliteAccess access;

  SqliteMaintenance(Path file, HikariDataSource pool, SqliteAccess access) {
    this.file = file;
    this.pool = pool;
    this.access = access;
  }

  /** Runs Flyway under the same cross-process lock as {@link SqliteDatabase#open}. */
  @Override
  public Migration migrate() {
    Migration migration;
    try {
      migration =
          MigrationLock.callExclusively(
              file,
              () ->
                  access.exclusively(
                      () -> {
                        MigrateResult result = flyway().migrate();
                        return new Migration(result.migrationsExecuted, currentVersion(info()));
                      }));
    } catch (IOException e) {
      throw new UnavailableException("The database file cannot be locked: " + file, e);
    }
    LOG.info(
        "Migrated the database {} to version {}, applying {} migrations",
        file,
        migration.version(),
        migration.applied());
    return migration;
  }

  /**
   * The row counts come from one snapshot and leave out tables that do not exist yet, so that the
   * status of a file that was never migrated shows no rows rather than failing. Nothing here waits
   * for a writer.
   */
  @Override
  public Status status() {
    MigrationInfoService info = info();
    Map<String, Long> rows =
        access.snapshot(
            MaintenanceDao.class,
            dao -> {
              Map<String, Long> counts = new LinkedHashMap<>();
              for (String table : dao.tables()) {
                if (COUNTED_TABLES.contains(table)) {
                  counts.put(table, dao.count(table));
                }
              }
              return counts;
            });
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path part = file.resolveSibling(file.getFileName() + suffix);
      sizeOf(part).ifPresent(size -> bytes.put(part.getFileName().toString(), size));
    }
    return new Status(currentVersion(info), info.pending().length, rows, bytes);
  }

  /**
   * {@code VACUUM INTO}: one read transaction copies the database page by page into a new,
   * compacted file, so the copy is consistent while writers of any process carry on.
   *
   * @throws InvalidInputException on field {@code target} when the target exists
   */
  @Override
  public void backup(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw InvalidInputException.field("target", "already exists");
    }
    try {
      Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new UnavailableException(
          "The backup's directory cannot be created: " + absolute.getParent(), e);
    }
    alone(
        dao -> {
          dao.vacuumInto(absolute.toString());
          return null;
        });
    LOG.info("Backed up the database {} to {}", file, absolute);
  }

  /** {@code PRAGMA integrity_check} and {@code PRAGMA foreign_key_check}, from one snapshot. */
  @Override
  public List<String> check() {
    return access.snapshot(
        MaintenanceDao.class,
        dao -> {
          List<String> problems = new ArrayList<>();
          for (String line : dao.integrityCheck()) {
            if (!line.equals(INTEGRITY_OK)) {
              problems.add(line);
            }
          }
          problems.addAll(dao.foreignKeyCheck());
          return List.copyOf(problems);
        });
  }

  /**
   * {@code VACUUM} and then a truncating checkpoint: in WAL mode the rebuilt pages go to the WAL
   * first, and only the checkpoint shrinks the database file and empties the WAL.
   */
  @Override
  public void vacuum() {
    int busy =
        access.exclusively(
            () ->
                alone(
                    dao -> {
                      dao.vacuum();
                      return truncate(dao);
                    }));
    LOG.info(
        "Vacuumed the database {}{}",
        file,
        busy == 0 ? "" : "; a reader kept the WAL from being emptied, a later checkpoint will");
  }

  /**
   * The truncating checkpoint after VACUUM, tried again while it reports {@code busy}: the log then
   * holds the whole rebuilt file, and the background checkpointer, copying it at the same moment,
   * makes SQLite answer busy at once rather than wait.
   */
  private static int truncate(MaintenanceDao dao) {
    long deadline = System.nanoTime() + CHECKPOINT_PATIENCE.toNanos();
    int busy = dao.checkpoint();
    while (busy != 0 && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
      LockSupport.parkNanos(CHECKPOINT_RETRY.toNanos());
      busy = dao.checkpoint();
    }
    return busy;
  }

  /**
   * Runs {@code work} over a connection of its own rather than the pool's: {@code VACUUM} refuses
   * to start on a connection that keeps statements it ran before, as the pool's do (see {@link
   * StatementCache}). Its transactions begin DEFERRED, which {@code VACUUM INTO} needs, being a
   * read; {@code VACUUM} runs outside any transaction and takes SQLite's write lock by itself.
   */
  private <R> R alone(Function<MaintenanceDao, R> work) {
    Jdbi jdbi = Jdbi.create(open(SqliteDatabase.readingSource(file)));
    return translated(
        () ->
            jdbi.installPlugin(new SqlObjectPlugin())
                .withExtension(MaintenanceDao.class, work::apply));
  }

  /** Flyway on the pool, to write. */
  private Flyway flyway() {
    return SqliteDatabase.flyway(open(pool));
  }

  /**
   * What Flyway knows of the schema, read over {@linkplain SqliteDatabase#readingSource a
   * connection of its own} whose transactions begin DEFERRED and so never wait for a writer.
   */
  private MigrationInfoService info() {
    return translated(() -> SqliteDatabase.flyway(open(SqliteDatabase.readingSource(file))).info());
  }

  /**
   * {@code source}, once the database is known to be open. JDBI reports a closed pool as a
   * connection failure, which {@link SqliteErrors} knows; Flyway reports it in an exception of its
   * internals, and the reading source would not notice at all, so it is checked here.
   */
  private <S> S open(S source) {
    if (pool.isClosed()) {
      throw new UnavailableException(
          SqliteErrors.UNAVAILABLE, new IllegalStateException("The pool is closed: " + file));
    }
    return source;
  }

  private static String currentVersion(MigrationInfoService info) {
    MigrationInfo current = info.current();
    return current == null || current.getVersion() == null
        ? null
        : current.getVersion().getVersion();
  }

  /** The size of {@code path}, or empty when there is no such file (a WAL only exists in use). */
  private static OptionalLong sizeOf(Path path) {
    try {
      return OptionalLong.of(Files.size(path));
    } catch (NoSuchFileException e) {
      return OptionalLong.empty();
    } catch (IOException e) {
      throw new UnavailableException("The size of " + path + " cannot be read", e);
    }
  }

  private static <T> T translated(Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    }
  }
}
