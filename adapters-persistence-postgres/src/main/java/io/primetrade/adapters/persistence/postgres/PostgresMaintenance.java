package io.primetrade.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's work on a PostgreSQL database: migrations (under Flyway's advisory lock, so
 * several instances may migrate at once), status, checks and VACUUM. A backup is pg_dump's job, not
 * this adapter's.
 */
final class PostgresMaintenance implements DatabaseMaintenance {
  /** The tables {@link #status()} counts the rows of. */
  static final Set<String> COUNTED_TABLES = Set.of("users", "tasks");

  private static final Logger LOG = LoggerFactory.getLogger(PostgresMaintenance.class);

  private final PostgresSettings settings;
  private final HikariDataSource pool;
  private final PostgresAccess access;

  PostgresMaintenance(PostgresSettings settings, HikariDataSource pool, PostgresAccess access) {
    this.settings = settings;
    this.pool = pool;
    this.access = access;
  }

  @Override
  public Migration migrate() {
    Migration migration =
        translated(
            () -> {
              MigrateResult result = PostgresDatabase.flyway(open()).migrate();
              return new Migration(result.migrationsExecuted, currentVersion(info()));
            });
    LOG.info(
        "Migrated the database {} to version {}, applying {} migrations",
        settings.redactedUrl(),
        migration.version(),
        migration.applied());
    return migration;
  }

  /**
   * The row counts come from one snapshot and leave out tables that do not exist yet, so that the
   * status of a database that was never migrated shows no rows rather than failing. The size is
   * {@code pg_database_size}, under the database's name.
   */
  @Override
  public Status status() {
    MigrationInfoService info = info();
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    access.snapshot(
        MaintenanceDao.class,
        dao -> {
          for (String table : dao.tables()) {
            if (COUNTED_TABLES.contains(table)) {
              rows.put(table, dao.count(table));
            }
          }
          bytes.put(dao.databaseName(), dao.databaseSize());
          return null;
        });
    return new Status(currentVersion(info), info.pending().length, rows, bytes);
  }

  /**
   * Always refuses: a consistent copy of a PostgreSQL database is made on the server's side, with
   * {@code pg_dump} (or a base backup), which needs no file system shared with this process.
   *
   * @throws InvalidInputException on field {@code target}, every time
   */
  @Override
  public void backup(Path target) {
    throw InvalidInputException.field(
        "target",
        "a PostgreSQL database is not backed up to a file by this tool; use"
            + " pg_dump --format=custom --file=<file> <database> (or your provider's backups)");
  }

  /**
   * Tasks whose creator is missing, constraints never validated and invalid indexes, from one
   * snapshot; PostgreSQL checks its pages itself (and with data checksums, if enabled, on read).
   */
  @Override
  public List<String> check() {
    return access.snapshot(
        MaintenanceDao.class,
        dao -> {
          List<String> problems = new ArrayList<>();
          if (dao.tables().containsAll(COUNTED_TABLES)) {
            problems.addAll(dao.orphanTasks());
          }
          problems.addAll(dao.unvalidatedConstraints());
          problems.addAll(dao.invalidIndexes());
          return List.copyOf(problems);
        });
  }

  /**
   * {@code VACUUM (ANALYZE)}: reclaims dead rows for reuse and refreshes the planner's statistics.
   * It runs alongside readers and writers; it does not give space back to the operating system
   * (that would be {@code VACUUM FULL}, which locks the tables).
   */
  @Override
  public void vacuum() {
    access.read(
        MaintenanceDao.class,
        dao -> {
          dao.vacuumAnalyze();
          return null;
        });
    LOG.info("Vacuumed and analyzed the database {}", settings.redactedUrl());
  }

  private MigrationInfoService info() {
    return translated(() -> PostgresDatabase.flyway(open()).info());
  }

  /** The pool, once it is known to be open: Flyway reports a closed pool in its own words. */
  private HikariDataSource open() {
    if (pool.isClosed()) {
      throw new UnavailableException(
          PostgresErrors.UNAVAILABLE, new IllegalStateException("The pool is closed"));
    }
    return pool;
  }

  private static String currentVersion(MigrationInfoService info) {
    MigrationInfo current = info.current();
    return current == null || current.getVersion() == null
        ? null
        : current.getVersion().getVersion();
  }

  private static <T> T translated(java.util.function.Supplier<T> work) {
    return PostgresAccess.translated(work);
  }
}
