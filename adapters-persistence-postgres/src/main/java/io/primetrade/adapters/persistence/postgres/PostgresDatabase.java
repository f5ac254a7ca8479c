package io.primetrade.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.HealthCheck;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.application.port.out.UserRepository;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL database, opened with its schema up to date (or as it is, for the admin tool), the
 * repositories that use it and its {@linkplain #maintenance() maintenance}. Thread-safe; close it
 * to release the connections.
 *
 * <p>This is the store for several API instances on several hosts: every instance opens the same
 * database, and the server keeps their writes consistent. Instances that start at once may all run
 * the migrations: Flyway serialises them with a PostgreSQL advisory lock, so one applies them and
 * the others find them applied. Nothing waits forever: connecting (TCP and login) and waiting for a
 * pooled connection give up after the connect timeout, a statement after the statement timeout
 * (cancelled by the server), a lock after five seconds, and a silent socket after the statement
 * timeout plus a margin; each ends in {@link UnavailableException}.
 */
public final class PostgresDatabase implements AutoCloseable {
  static final String MIGRATIONS = "classpath:db/migration/postgresql";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
  private static final String POOL_NAME = "primetrade-postgres";
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

  /** Longer than the statement timeout, so that the server's cancel normally comes first. */
  private static final Duration SOCKET_TIMEOUT_MARGIN = Duration.ofSeconds(10);

  private final HikariDataSource pool;
  private final UserRepository users;
  private final TaskRepository tasks;
  private final RefreshTokenRepository refreshTokens;
  private final HealthCheck healthCheck;
  private final DatabaseMaintenance maintenance;

  private PostgresDatabase(PostgresSettings settings, HikariDataSource pool) {
    this.pool = pool;
    PostgresAccess access =
        new PostgresAccess(Jdbi.create(pool).installPlugin(new SqlObjectPlugin()));
    this.users = new PostgresUserRepository(access);
    this.tasks = new PostgresTaskRepository(access);
    this.refreshTokens = new PostgresRefreshTokenRepository(access);
    this.healthCheck = new PostgresHealthCheck(pool);
    this.maintenance = new PostgresMaintenance(settings, pool, access);
  }

  /**
   * Connects to the database and brings its schema up to date.
   *
   * @throws UnavailableException when the server cannot be reached, refuses the login or does not
   *     answer in time
   */
  public static PostgresDatabase open(PostgresSettings settings) {
    return open(settings, true, null);
  }

  /**
   * As {@link #open(PostgresSettings)}, with the pool reporting to {@code metrics} (such as
   * HikariCP's {@code MicrometerMetricsTrackerFactory}): connections in use, waits, timeouts.
   */
  public static PostgresDatabase open(PostgresSettings settings, MetricsTrackerFactory metrics) {
    return open(settings, true, metrics);
  }

  /**
   * Connects to the database as it is, applying no migration: for the admin tool, which shows the
   * {@linkplain DatabaseMaintenance#status() status} and {@linkplain DatabaseMaintenance#migrate()
   * migrates} on request.
   *
   * @throws UnavailableException as {@link #open} does
   */
  public static PostgresDatabase openWithoutMigrating(PostgresSettings settings) {
    return open(settings, false, null);
  }

  /**
   * As {@link #openWithoutMigrating(PostgresSettings)}, with the pool reporting to {@code metrics}.
   */
  public static PostgresDatabase openWithoutMigrating(
      PostgresSettings settings, MetricsTrackerFactory metrics) {
    return open(settings, false, metrics);
  }

  private static PostgresDatabase open(
      PostgresSettings settings, boolean migrating, MetricsTrackerFactory metrics) {
    HikariDataSource pool = openPool(settings, metrics);
    if (migrating) {
      try {
        flyway(pool).migrate();
      } catch (RuntimeException e) {
        pool.close();
        throw PostgresErrors.translate(e);
      }
    }
    LOG.info(
        "Opened the PostgreSQL database {} with up to {} connections{}",
        settings.redactedUrl(),
        settings.poolSize(),
        migrating ? "" : ", without migrating it");
    return new PostgresDatabase(settings, pool);
  }

  private static HikariDataSource openPool(
      PostgresSettings settings, MetricsTrackerFactory metrics) {
    long connectSeconds = Math.max(1, settings.connectTimeout().toSeconds());
    HikariConfig config = new HikariConfig();
    config.setPoolName(POOL_NAME);
    config.setDriverClassName("org.postgresql.Driver");
    config.setJdbcUrl(settings.url());
    if (settings.user() != null) {
      config.setUsername(settings.user());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(settings.poolSize());
    config.setConnectionTimeout(settings.connectTimeout().toMillis());
    if (metrics != null) {
      config.setMetricsTrackerFactory(metrics);
    }
    config.setValidationTimeout(Math.min(settings.connectTimeout().toMillis(), 2_000));
    // The driver's own limits (seconds): TCP connect, the whole login, and a silent socket. As
    // strings: Hikari hands them to the driver as java.util.Properties, which ignores other types.
    config.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
    config.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
    config.addDataSourceProperty(
        "socketTimeout",
        Long.toString(settings.statementTimeout().plus(SOCKET_TIMEOUT_MARGIN).toSeconds()));
    config.addDataSourceProperty("ApplicationName", "primetrade");
    // Server-side limits for every session: a statement, and a wait for a row or table lock.
    config.addDataSourceProperty(
        "options",
        "-c statement_timeout="
            + settings.statementTimeout().toMillis()
            + " -c lock_timeout="
            + LOCK_TIMEOUT.toMillis());
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw PostgresErrors.translate(e);
    }
  }

  /**
   * Flyway with this adapter's migrations, on {@code dataSource}. Flyway takes a PostgreSQL
   * advisory lock around {@code migrate}, so concurrent openers apply each migration once.
   */
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

  /** The operator's work on this database (migrate, status, check, vacuum). */
  public DatabaseMaintenance maintenance() {
    return maintenance;
  }

  /** The pool, for tests that look at connections directly. */
  DataSource dataSource() {
    return pool;
  }

  /** Closes the pool; afterwards the repositories throw {@link UnavailableException}. */
  @Override
  public void close() {
    pool.close();
  }
}
