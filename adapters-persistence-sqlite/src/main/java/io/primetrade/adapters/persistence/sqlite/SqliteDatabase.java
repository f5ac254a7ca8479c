package io.primetrade.adapters.persistence.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.HealthCheck;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.application.port.out.UserRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A SQLite database file, opened with its schema up to date (or as it is, for the admin tool), the
 * repositories that use it and its {@linkplain #maintenance() maintenance}. Thread-safe; close it
 * to release the connections.
 *
 * <p>Several processes on one host may open the same file: the file is in WAL mode, writes take
 * SQLite's write lock at BEGIN (IMMEDIATE) and wait up to five seconds for another process's write,
 * and the schema is migrated by one opener at a time. Keep the file on a local disk: WAL does not
 * work over a network file system.
 */
public final class SqliteDatabase implements AutoCloseable {
  static final String MIGRATIONS = "classpath:db/migration/sqlite";
  static final int BUSY_TIMEOUT_MILLIS = 5_000;

  /**
   * The log length (in pages of 4 KiB) at which a committing connection checkpoints by itself: ten
   * times SQLite's default, since the {@link SqliteCheckpointer} normally keeps the log short.
   */
  static final int WAL_AUTOCHECKPOINT_PAGES = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
  private static final String POOL_NAME = "primetrade-sqlite";
  private static final String URL_PREFIX = "jdbc:sqlite:";
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  private final HikariDataSource pool;
  private final SqliteAccess access;
  private final SqliteCheckpointer checkpointer;
  private final UserRepository users;
  private final TaskRepository tasks;
  private final RefreshTokenRepository refreshTokens;
  private final HealthCheck healthCheck;
  private final DatabaseMaintenance maintenance;

  private SqliteDatabase(Path file, HikariDataSource pool) {
    this.pool = pool;
    Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    jdbi.setStatementBuilderFactory(new StatementCache());
    this.access = new SqliteAccess(jdbi);
    this.checkpointer = new SqliteCheckpointer(readingSource(file), SqliteCheckpointer.INTERVAL);
    this.users = new SqliteUserRepository(access);
    this.tasks = new SqliteTaskRepository(access);
    this.refreshTokens = new SqliteRefreshTokenRepository(access);
    this.healthCheck = new SqliteHealthCheck(pool);
    this.maintenance = new SqliteMaintenance(file, pool, access);
  }

  /**
   * Opens the database file, creating it and its directory if missing, and brings its schema up to
   * date.
   *
   * @throws UnavailableException when the file cannot be created, opened or locked
   */
  public static SqliteDatabase open(SqliteSettings settings) {
    return open(settings, true, null);
  }

  /**
   * As {@link #open(SqliteSettings)}, with the pool reporting to {@code metrics} (such as
   * HikariCP's {@code MicrometerMetricsTrackerFactory}): connections in use, waits, timeouts.
   */
  public static SqliteDatabase open(SqliteSettings settings, MetricsTrackerFactory metrics) {
    return open(settings, true, metrics);
  }

  /**
   * Opens the database file as it is, creating it and its directory if missing but applying no
   * migration: for the admin tool, which shows the {@linkplain DatabaseMaintenance#status() status}
   * of a file and {@linkplain DatabaseMaintenance#migrate() migrates} it on request. The
   * repositories fail with SQLite's own error while the schema is behind.
   *
   * @throws UnavailableException when the file cannot be created, opened or locked
   */
  public static SqliteDatabase openWithoutMigrating(SqliteSettings settings) {
    return open(settings, false, null);
  }

  /**
   * As {@link #openWithoutMigrating(SqliteSettings)}, with the pool reporting to {@code metrics}.
   */
  public static SqliteDatabase openWithoutMigrating(
      SqliteSettings settings, MetricsTrackerFactory metrics) {
    return open(settings, false, metrics);
  }

  private static SqliteDatabase open(
      SqliteSettings settings, boolean migrating, MetricsTrackerFactory metrics) {
    Path file = settings.file().toAbsolutePath().normalize();
    try {
      Files.createDirectories(file.getParent());
      // The first connection turns a new file to WAL mode; that happens under the lock too.
      HikariDataSource pool =
          MigrationLock.callExclusively(
              file,
              () -> {
                HikariDataSource opened = openPool(file, settings.poolSize(), metrics);
                return migrating ? migrate(opened) : opened;
              });
      LOG.info(
          "Opened the SQLite database {} with up to {} connections{}",
          file,
          settings.poolSize(),
          migrating ? "" : ", without migrating it");
      return new SqliteDatabase(file, pool);
    } catch (IOException e) {
      throw new UnavailableException("The database file cannot be opened: " + file, e);
    }
  }

  private static HikariDataSource openPool(Path file, int poolSize, MetricsTrackerFactory metrics) {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    sqlite.enforceForeignKeys(true);
    // Savepoints and sorts keep their scratch pages in memory rather than in temporary files.
    sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // The checkpointer copies the log in the background; this only bounds it (see there).
    sqlite.setPragma(
        SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(WAL_AUTOCHECKPOINT_PAGES));
    // Makes sqlite-jdbc begin every transaction with BEGIN IMMEDIATE.
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl(URL_PREFIX + file);

    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setPoolName(POOL_NAME);
    config.setMaximumPoolSize(poolSize);
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    if (metrics != null) {
      config.setMetricsTrackerFactory(metrics);
    }
    // Hikari's autoCommit stays true: with IMMEDIATE, a connection that is not in autocommit mode
    // holds the write lock for as long as it sits in the pool.
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    }
  }

  /**
   * Unpooled connections to {@code file} whose transactions begin DEFERRED, for Flyway's reads and
   * the checkpointer. Flyway wraps even {@code info} in a JDBC transaction; on a pooled connection
   * that would be an IMMEDIATE one, waiting for (or failing against) any writer, when a read needs
   * no lock at all. The file is already in WAL mode: the pool's first connection made it so.
   */
  static DataSource readingSource(Path file) {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    sqlite.enforceForeignKeys(true);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl(URL_PREFIX + file);
    return source;
  }

  /** Brings the schema up to date and returns the pool, or closes it and throws. */
  private static HikariDataSource migrate(HikariDataSource pool) {
    try {
      flyway(pool).migrate();
      return pool;
    } catch (RuntimeException e) {
      pool.close();
      throw SqliteErrors.translate(e);
    }
  }

  /** Flyway with this adapter's migrations, on {@code dataSource}. */
  static Flyway flyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .failOnMissingLocations(true)
        .load();
  }

  /** The users in this database. */
  public UserRepository users() {
    return users;
  }

  /** The tasks in this database. */
  public TaskRepository tasks() {
    return tasks;
  }

  /** The refresh tokens of the sessions kept in this database. */
  public RefreshTokenRepository refreshTokens() {
    return refreshTokens;
  }

  /** Whether the database answers; the component is named {@code database}. */
  public HealthCheck healthCheck() {
    return healthCheck;
  }

  /**
   * The operator's work on this database (migrate, status, backup, check, vacuum), for the admin
   * tool, which sees only the port.
   */
  public DatabaseMaintenance maintenance() {
    return maintenance;
  }

  /** The background checkpointer, for tests. */
  SqliteCheckpointer checkpointer() {
    return checkpointer;
  }

  /** The pool, for tests that look at connections directly. */
  DataSource dataSource() {
    return pool;
  }

  /**
   * Finishes the writes already asked for and closes the pool; afterwards the repositories throw
   * {@link UnavailableException}.
   */
  @Override
  public void close() {
    try {
      access.close();
      checkpointer.close();
    } finally {
      pool.close();
    }
  }
}
