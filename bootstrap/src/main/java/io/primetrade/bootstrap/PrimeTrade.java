package io.primetrade.bootstrap;

import io.primetrade.adapters.persistence.postgres.PostgresDatabase;
import io.primetrade.adapters.persistence.postgres.PostgresSettings;
import io.primetrade.adapters.persistence.sqlite.SqliteDatabase;
import io.primetrade.adapters.persistence.sqlite.SqliteSettings;
import io.primetrade.adapters.security.BcryptPasswordHasher;
import io.primetrade.adapters.security.JwtSettings;
import io.primetrade.adapters.security.JwtTokenService;
import io.primetrade.application.Core;
import io.primetrade.application.Ports;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.HealthCheck;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * PrimeTrade's core, embedded: the use cases on SQLite (or PostgreSQL, chosen by the database URL),
 * bcrypt and JWT, with no web server, no Redis and no environment variables. Any port can be
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

  private PrimeTrade(Core core, Store database) {
    this.core = core;
    this.database = database;
  }

  /** The opened database, whichever adapter it is. */
  private record Store(
      UserRepository users,
      TaskRepository tasks,
      HealthCheck healthCheck,
      DatabaseMaintenance maintenance,
      Runnable closer) {
    static Store of(SqliteDatabase db) {
      return new Store(db.users(), db.tasks(), db.healthCheck(), db.maintenance(), db::close);
    }

    static Store of(PostgresDatabase db) {
      return new Store(db.users(), db.tasks(), db.healthCheck(), db.maintenance(), db::close);
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

  public static Builder builder() {
    return new Builder();
  }

  /** The use cases. */
  public Core core() {
    return core;
  }

  /** Closes the database pool; use cases must not be called afterwards. */
  @Override
  public void close() {
    if (database != null) {
      database.close();
    }
  }

  /** Collects the choices; each has a default that suits an embedded, single-process use. */
  public static final class Builder {
    private String databaseUrl = "jdbc:sqlite:./data/primetrade.db";
    private String databaseUser;
    private String databasePassword;
    private int poolSize = SqliteSettings.DEFAULT_POOL_SIZE;
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = IdGenerator.random();
    private byte[] jwtSecret;
    private Duration tokenTtl = JwtSettings.DEFAULT_TTL;
    private int bcryptCost = BcryptPasswordHasher.MIN_PRODUCTION_COST;
    private boolean adminSignupAllowed;
    private boolean migrate = true;
    private UserRepository users;
    private TaskRepository tasks;
    private PasswordHasher passwords;
    private TokenService tokens;
    private final List<HealthCheck> healthChecks = new ArrayList<>();

    private Builder() {}

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

    /** How long access tokens live; one hour by default. */
    public Builder tokenTtl(Duration ttl) {
      this.tokenTtl = Objects.requireNonNull(ttl, "ttl");
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
     * Opens the database (running its migrations) unless both repositories were replaced, and
     * builds the core.
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
      try {
        List<HealthCheck> checks = new ArrayList<>();
        if (users == null || tasks == null) {
          database = openDatabase();
          checks.add(database.healthCheck());
        }
        checks.addAll(healthChecks);
        Ports ports =
            new Ports(
                users != null ? users : database.users(),
                tasks != null ? tasks : database.tasks(),
                hasher,
                tokenService,
                ids,
                clock,
                checks);
        Core core =
            Core.create(
                ports,
                new CommandValidator(validation.getValidator()),
                new Core.Settings(adminSignupAllowed));
        return new PrimeTrade(core, database);
      } catch (RuntimeException e) {
        if (database != null) {
          database.close();
        }
        throw e;
      }
    }

    /** The adapter the URL's prefix names: PostgreSQL for {@code jdbc:postgresql:}, else SQLite. */
    private Store openDatabase() {
      if (PostgresSettings.accepts(databaseUrl)) {
        PostgresSettings settings =
            PostgresSettings.of(databaseUrl, databaseUser, databasePassword).withPoolSize(poolSize);
        return Store.of(
            migrate
                ? PostgresDatabase.open(settings)
                : PostgresDatabase.openWithoutMigrating(settings));
      }
      Path file = SqliteSettings.fromJdbcUrl(databaseUrl).file();
      SqliteSettings settings = new SqliteSettings(file, poolSize);
      return Store.of(
          migrate ? SqliteDatabase.open(settings) : SqliteDatabase.openWithoutMigrating(settings));
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
