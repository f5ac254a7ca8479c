package io.primetrade.bootstrap;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.primetrade.adapters.cache.redis.LocalCaches;
import io.primetrade.adapters.cache.redis.RedisCaches;
import io.primetrade.adapters.cache.redis.RedisSettings;
import io.primetrade.adapters.persistence.postgres.PostgresDatabase;
import io.primetrade.adapters.persistence.postgres.PostgresSettings;
import io.primetrade.adapters.persistence.sqlite.SqliteDatabase;
import io.primetrade.adapters.persistence.sqlite.SqliteSettings;
import io.primetrade.adapters.security.BcryptPasswordHasher;
import io.primetrade.adapters.security.JwtSettings;
import io.primetrade.adapters.security.JwtTokenService;
import io.primetrade.application.Core;
import io.primetrade.application.Ports;
import io.primetrade.application.port.in.RateLimits;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.HealthCheck;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.TokenDenylist;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * PrimeTrade's core, embedded: the use cases on SQLite (or PostgreSQL, chosen by the database URL),
 * bcrypt and JWT, with an in-process task cache, rate limiter and token denylist; no web server, no
 * environment variables, and Redis only when {@link Builder#redis} names one. Any port can be
 * replaced before {@link Builder#build()}.
 *
 * <pre>{@code
 * try (PrimeTrade app = PrimeTrade.builder().sqlite(Path.of("tasks.db")).build()) {
 *   app.core().listTasks().list(ListTasksUseCase.Query.firstPage(actor));
 * }
 * }</pre>
 *
 * <p>Thread-safe once built; {@link #close()} releases the database.
 */
public final class PrimeTrade implements AutoCloseable {
  private final Core core;
  private final Store database;
  private final RedisCaches redis;
  private final MeterRegistry meterRegistry;

  private PrimeTrade(Core core, Store database, RedisCaches redis, MeterRegistry meterRegistry) {
    this.core = core;
    this.database = database;
    this.redis = redis;
    this.meterRegistry = meterRegistry;
  }

  /** The opened database, whichever adapter it is. */
  record Store(
      UserRepository users,
      TaskRepository tasks,
      RefreshTokenRepository refreshTokens,
      HealthCheck healthCheck,
      DatabaseMaintenance maintenance,
      Runnable closer) {
    static Store of(SqliteDatabase db) {
      return new Store(
          db.users(),
          db.tasks(),
          db.refreshTokens(),
          db.healthCheck(),
          db.maintenance(),
          db::close);
    }

    static Store of(PostgresDatabase db) {
      return new Store(
          db.users(),
          db.tasks(),
          db.refreshTokens(),
          db.healthCheck(),
          db.maintenance(),
          db::close);
    }

    void close() {
      closer.run();
    }
  }

  /**
   * What operators do to the database: migrate, status, backup, check, vacuum. Empty when both
   * repositories were replaced and no database was opened.
   */
  public Optional<DatabaseMaintenance> maintenance() {
    return Optional.ofNullable(database).map(Store::maintenance);
  }

  /** The opened database itself, for bootstrap's own tools; empty as for {@link #maintenance}. */
  Optional<Store> store() {
    return Optional.ofNullable(database);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The use cases. */
  public Core core() {
    return core;
  }

  /**
   * Where the core's metrics go: the registry given to {@link Builder#meterRegistry}, or one that
   * keeps nothing.
   */
  public MeterRegistry meterRegistry() {
    return meterRegistry;
  }

  /**
   * Deletes refresh tokens that expired before {@code before}: sessions nobody can resume.
   *
   * @return how many were deleted
   */
  public int deleteExpiredSessions(Instant before) {
    return database == null ? 0 : database.refreshTokens().deleteExpired(before);
  }

  /**
   * Closes the database pool and the Redis connections; use cases must not be called afterwards.
   */
  @Override
  public void close() {
    try {
      if (redis != null) {
        redis.close();
      }
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  /** Collects the choices; each has a default that suits an embedded, single-process use. */
  public static final class Builder {
    private String databaseUrl = "jdbc:sqlite:./data/primetrade.db";
    private String databaseUser;
    private String databasePassword;
    private int poolSize = SqliteSettings.DEFAULT_POOL_SIZE;
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = IdGenerator.timeOrdered();
    private byte[] jwtSecret;
    private Duration tokenTtl = JwtSettings.DEFAULT_TTL;
    private Duration refreshTtl = Core.Settings.DEFAULT_REFRESH_TTL;
    private Duration cacheTtl = RedisSettings.DEFAULT_CACHE_TTL;
    private RateLimits rateLimits = RateLimits.DEFAULTS;
    private RedisSettings redisSettings;
    private int bcryptCost = BcryptPasswordHasher.MIN_PRODUCTION_COST;
    private boolean adminSignupAllowed;
    private boolean migrate = true;
    private UserRepository users;
    private TaskRepository tasks;
    private PasswordHasher passwords;
    private TokenService tokens;
    private RefreshTokenRepository refreshTokens;
    private final List<HealthCheck> healthChecks = new ArrayList<>();
    private MeterRegistry meterRegistry;

    private Builder() {}

    /**
     * Records metrics into {@code registry}: logins, tasks created and completed, repository call
     * timings, the database pool (HikariCP), cache lookups and Redis. Without one nothing is
     * recorded. The server passes a Prometheus registry; JVM metrics are the caller's to bind.
     */
    public Builder meterRegistry(MeterRegistry registry) {
      this.meterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /** The SQLite file to use, created with its directory if missing. */
    public Builder sqlite(Path file) {
      return databaseUrl("jdbc:sqlite:" + file);
    }

    /**
     * The database as a JDBC URL: {@code jdbc:sqlite:<path>} for a SQLite file on this host, or
     * {@code jdbc:postgresql://host:port/database} for PostgreSQL, which several instances on
     * several hosts can share.
     */
    public Builder databaseUrl(String url) {
      this.databaseUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /** The PostgreSQL login; either may be null (then the URL or the driver's defaults apply). */
    public Builder databaseCredentials(String user, String password) {
      this.databaseUser = user;
      this.databasePassword = password;
      return this;
    }

    /**
     * Connections in the database pool (SQLite: readers, there is one writer at a time; PostgreSQL:
     * per instance, so mind the server's {@code max_connections}).
     */
    public Builder poolSize(int poolSize) {
      this.poolSize = poolSize;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The key tokens are signed with, at least 32 bytes. Without one, a random key is made: tokens
     * then stop working when this process ends and are not accepted by other processes.
     */
    public Builder jwtSecret(byte[] secret) {
      this.jwtSecret = Objects.requireNonNull(secret, "secret").clone();
      return this;
    }

    /**
     * How long access tokens live; 15 minutes by default (clients renew them with refresh tokens).
     */
    public Builder tokenTtl(Duration ttl) {
      this.tokenTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /** How long refresh tokens live, and so a session nobody uses; seven days by default. */
    public Builder refreshTokenTtl(Duration ttl) {
      this.refreshTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /** How long task reads stay cached; 60 seconds by default; {@link Duration#ZERO}: no cache. */
    public Builder cacheTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("cacheTtl must not be negative: " + ttl);
      }
      this.cacheTtl = ttl;
      return this;
    }

    /** The rate limits the delivery apps apply; {@link RateLimits#DEFAULTS} by default. */
    public Builder rateLimits(RateLimits limits) {
      this.rateLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Shares the task cache, rate limits and token denylist with every instance that uses this
     * Redis; without it they stay in this process. A Redis that is down does not stop {@link
     * #build()}: the instance serves without it, degraded, until it answers.
     */
    public Builder redis(RedisSettings settings) {
      this.redisSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** The bcrypt cost, 10 by default; values below 10 are for tests only. */
    public Builder bcryptCost(int cost) {
      this.bcryptCost = cost;
      return this;
    }

    /** Lets anyone register as an admin: a demo mode, off by default. */
    public Builder adminSignupAllowed(boolean allowed) {
      this.adminSignupAllowed = allowed;
      return this;
    }

    /**
     * Whether {@link #build()} brings the schema up to date, as it does by default. The admin
     * tool's {@code db status} and {@code db migrate} open the database without migrating.
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /** Replaces the database's user repository. */
    public Builder users(UserRepository users) {
      this.users = Objects.requireNonNull(users, "users");
      return this;
    }

    /** Replaces the database's task repository. */
    public Builder tasks(TaskRepository tasks) {
      this.tasks = Objects.requireNonNull(tasks, "tasks");
      return this;
    }

    /** Replaces the database's refresh-token repository. */
    public Builder refreshTokens(RefreshTokenRepository refreshTokens) {
      this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
      return this;
    }

    /** Replaces bcrypt. */
    public Builder passwords(PasswordHasher passwords) {
      this.passwords = Objects.requireNonNull(passwords, "passwords");
      return this;
    }

    /** Replaces the JWT token service. */
    public Builder tokens(TokenService tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /** Adds a check that the health use case reports. */
    public Builder healthCheck(HealthCheck check) {
      this.healthChecks.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /**
     * Opens the database (running its migrations) unless every repository was replaced, connects to
     * Redis if asked, and builds the core.
     *
     * @throws IllegalArgumentException when a setting cannot work
     */
    public PrimeTrade build() {
      PasswordHasher hasher = passwords != null ? passwords : new BcryptPasswordHasher(bcryptCost);
      TokenService tokenService =
          tokens != null
              ? tokens
              : new JwtTokenService(
                  new JwtSettings(secretOrRandom(), tokenTtl, JwtSettings.DEFAULT_ISSUER), clock);
      // Hibernate Validator's factory holds only caches: it lives as long as the validator.
      ValidatorFactory validation =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .messageInterpolator(new ParameterMessageInterpolator())
              .buildValidatorFactory();
      Store database = null;
      RedisCaches redis = null;
      MeterRegistry registry = meterRegistry != null ? meterRegistry : new CompositeMeterRegistry();
      try {
        List<HealthCheck> checks = new ArrayList<>();
        if (users == null || tasks == null || refreshTokens == null) {
          database = openDatabase();
          checks.add(database.healthCheck());
        }
        TaskCache taskCache;
        RateLimiter rateLimiter;
        TokenDenylist denylist;
        if (redisSettings != null) {
          redis =
              RedisCaches.connect(
                  cacheTtl.isZero() ? redisSettings : redisSettings.withCacheTtl(cacheTtl),
                  clock,
                  registry);
          checks.add(redis.healthCheck());
          taskCache = redis.taskCache();
          rateLimiter = redis.rateLimiter();
          denylist = redis.denylist();
        } else {
          LocalCaches local =
              LocalCaches.create(
                  cacheTtl.isZero() ? RedisSettings.DEFAULT_CACHE_TTL : cacheTtl, clock, registry);
          taskCache = local.taskCache();
          rateLimiter = local.rateLimiter();
          denylist = local.denylist();
        }
        if (cacheTtl.isZero()) {
          taskCache = TaskCache.NONE;
        }
        checks.addAll(healthChecks);
        Ports ports =
            new Ports(
                timed(UserRepository.class, users != null ? users : database.users(), registry),
                timed(TaskRepository.class, tasks != null ? tasks : database.tasks(), registry),
                timed(
                    RefreshTokenRepository.class,
                    refreshTokens != null ? refreshTokens : database.refreshTokens(),
                    registry),
                hasher,
                tokenService,
                taskCache,
                rateLimiter,
                denylist,
                ids,
                clock,
                checks);
        Core core =
            Core.create(
                ports,
                new CommandValidator(validation.getValidator()),
                new Core.Settings(adminSignupAllowed, refreshTtl, rateLimits));
        if (meterRegistry != null) {
          core = CoreMetrics.instrument(core, meterRegistry);
        }
        return new PrimeTrade(core, database, redis, registry);
      } catch (RuntimeException e) {
        if (redis != null) {
          redis.close();
        }
        if (database != null) {
          database.close();
        }
        throw e;
      }
    }

    /** The repository, timed when metrics are recorded. */
    private <T> T timed(Class<T> port, T repository, MeterRegistry registry) {
      return meterRegistry == null
          ? repository
          : TimedRepositories.timed(port, repository, registry);
    }

    /** The adapter the URL's prefix names: PostgreSQL for {@code jdbc:postgresql:}, else SQLite. */
    private Store openDatabase() {
      MetricsTrackerFactory pool =
          meterRegistry == null ? null : new MicrometerMetricsTrackerFactory(meterRegistry);
      if (PostgresSettings.accepts(databaseUrl)) {
        PostgresSettings settings =
            PostgresSettings.of(databaseUrl, databaseUser, databasePassword).withPoolSize(poolSize);
        return Store.of(
            migrate
                ? PostgresDatabase.open(settings, pool)
                : PostgresDatabase.openWithoutMigrating(settings, pool));
      }
      Path file = SqliteSettings.fromJdbcUrl(databaseUrl).file();
      SqliteSettings settings = new SqliteSettings(file, poolSize);
      return Store.of(
          migrate
              ? SqliteDatabase.open(settings, pool)
              : SqliteDatabase.openWithoutMigrating(settings, pool));
    }

    private byte[] secretOrRandom() {
      if (jwtSecret != null) {
        return jwtSecret.clone();
      }
      byte[] random = new byte[48];
      new SecureRandom().nextBytes(random);
      return random;
    }
  }
}
