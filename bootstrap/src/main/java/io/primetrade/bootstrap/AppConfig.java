package io.primetrade.bootstrap;

import io.primetrade.adapters.cache.redis.RedisSettings;
import io.primetrade.adapters.http.javalin.HttpSettings;
import io.primetrade.adapters.persistence.postgres.PostgresSettings;
import io.primetrade.adapters.persistence.sqlite.SqliteSettings;
import io.primetrade.application.Core;
import io.primetrade.application.port.in.CheckRateLimitUseCase.Policy;
import io.primetrade.application.port.in.RateLimits;
import io.primetrade.application.port.out.RateLimiter.Limit;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's configuration, read from environment variables. With none set, it is the embedded
 * default: all interfaces, port 3000, SQLite under {@code ./data}, no Redis, a random JWT secret.
 *
 * @param jwtSecret absent means a random secret per process: tokens then die with the process
 * @param corsOrigins the browser origins allowed to call the API; empty allows none
 * @param logDir where log files go besides the console; absent writes none
 * @param shutdownTimeout how long requests in flight may take to finish when the server stops
 * @param databaseUser the PostgreSQL login role ({@code DATABASE_USER}); unused by SQLite
 * @param databasePassword its password ({@code DATABASE_PASSWORD}); never printed
 * @param redis the shared Redis ({@code REDIS_URL}); absent keeps cache, rate limits and token
 *     denylist in this process
 * @param cacheTtl how long task reads stay cached ({@code CACHE_TTL_SECONDS}); zero: not at all
 * @param rateLimits the limits per policy ({@code RATE_LIMIT_*})
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} is believed ({@code
 *     TRUSTED_PROXIES})
 * @param refreshTtl how long refresh tokens live ({@code REFRESH_TOKEN_EXPIRES_IN})
 * @param instanceId this instance's name in {@code X-Instance-Id} ({@code INSTANCE_ID}; else the
 *     {@code HOSTNAME} a container gets, else a random one)
 * @param metrics where Prometheus metrics are served ({@code MANAGEMENT_PORT}, {@code
 *     METRICS_TOKEN})
 */
public record AppConfig(
    String host,
    int port,
    String databaseUrl,
    int databasePoolSize,
    Optional<String> jwtSecret,
    Duration jwtTtl,
    int bcryptCost,
    boolean adminSignupAllowed,
    Optional<AdminAccount> admin,
    List<String> corsOrigins,
    LogFormat logFormat,
    Optional<Path> logDir,
    Duration shutdownTimeout,
    Optional<String> databaseUser,
    Optional<String> databasePassword,
    Optional<RedisConfig> redis,
    Duration cacheTtl,
    RateLimits rateLimits,
    List<String> trustedProxies,
    Duration refreshTtl,
    String instanceId,
    MetricsConfig metrics) {

  /** How log lines are written: for people, or one JSON object per line for log shippers. */
  public enum LogFormat {
    TEXT,
    JSON
  }

  public static final String DEFAULT_HOST = "0.0.0.0";
  public static final int DEFAULT_PORT = 3000;
  public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:./data/primetrade.db";
  public static final int DEFAULT_POOL_SIZE = 4;
  public static final int MIN_BCRYPT_COST = 10;
  public static final int MIN_JWT_SECRET_BYTES = 32;

  /** Access tokens live 15 minutes; clients renew them with their refresh token. */
  public static final Duration DEFAULT_JWT_TTL = Duration.ofMinutes(15);

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
  private static final Pattern RATE = Pattern.compile("(\\d+)\\s*/\\s*(\\S+)");

  /**
   * Where Redis is and how long a command may take.
   *
   * @param uri {@code redis://[user:password@]host:port[/db]}; the password is never printed
   */
  public record RedisConfig(URI uri, Duration timeout) {
    /** The URI without its password, for logs. */
    public String redactedUri() {
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    public String toString() {
      return "RedisConfig[uri=" + redactedUri() + ", timeout=" + timeout + "]";
    }
  }

  /**
   * Where {@code /metrics} is served. Never publicly by default: on the management port when one is
   * set (behind the token too, when one is set), else on the API's port behind the token, else not
   * at all.
   *
   * @param managementPort a port of its own for {@code /metrics} ({@code MANAGEMENT_PORT}), on the
   *     same host as the API
   * @param token the bearer token scrapers must send ({@code METRICS_TOKEN}); never printed
   */
  public record MetricsConfig(Optional<Integer> managementPort, Optional<String> token) {
    public static final int MIN_TOKEN_LENGTH = 16;

    /** Whether {@code /metrics} is served at all. */
    public boolean enabled() {
      return managementPort.isPresent() || token.isPresent();
    }

    @Override
    public String toString() {
      return "MetricsConfig[managementPort="
          + managementPort.map(String::valueOf).orElse("(none)")
          + ", token="
          + (token.isPresent() ? "(set)" : "(none)")
          + "]";
    }
  }

  /** The first admin, created at start-up unless a user with this e-mail address exists. */
  public record AdminAccount(String email, String username, String password) {
    @Override
    public String toString() {
      return "AdminAccount[email=" + email + ", username=" + username + ", password=(hidden)]";
    }
  }

  public AppConfig {
    corsOrigins = List.copyOf(corsOrigins);
    trustedProxies = List.copyOf(trustedProxies);
  }

  /** The database URL with any password in it hidden, for logs. */
  public String redactedDatabaseUrl() {
    return databaseUrl.replaceAll("(?i)(password=)[^&]*", "$1(hidden)");
  }

  @Override
  public String toString() {
    return "AppConfig[host="
        + host
        + ", port="
        + port
        + ", databaseUrl="
        + redactedDatabaseUrl()
        + ", databasePoolSize="
        + databasePoolSize
        + ", jwtSecret="
        + (jwtSecret.isPresent() ? "(set)" : "(random)")
        + ", jwtTtl="
        + jwtTtl
        + ", bcryptCost="
        + bcryptCost
        + ", adminSignupAllowed="
        + adminSignupAllowed
        + ", admin="
        + admin
        + ", corsOrigins="
        + corsOrigins
        + ", logFormat="
        + logFormat
        + ", logDir="
        + logDir
        + ", shutdownTimeout="
        + shutdownTimeout
        + ", databaseUser="
        + databaseUser
        + ", databasePassword="
        + (databasePassword.isPresent() ? "(set)" : "(none)")
        + ", redis="
        + redis
        + ", cacheTtl="
        + cacheTtl
        + ", rateLimits="
        + rateLimits
        + ", trustedProxies="
        + trustedProxies
        + ", refreshTtl="
        + refreshTtl
        + ", instanceId="
        + instanceId
        + ", metrics="
        + metrics
        + "]";
  }

  /**
   * Reads the configuration, failing fast on the first variable that cannot work.
   *
   * @throws ConfigException naming the variable and the problem
   */
  public static AppConfig fromEnv(Map<String, String> env) {
    Env e = new Env(env);
    return new AppConfig(
        e.text("HOST").orElse(DEFAULT_HOST),
        e.integer("PORT", DEFAULT_PORT, 0, 65_535),
        databaseUrl(e),
        e.integer("DATABASE_POOL_SIZE", DEFAULT_POOL_SIZE, 1, 64),
        jwtSecret(e),
        e.duration("JWT_EXPIRES_IN", DEFAULT_JWT_TTL),
        e.integer("BCRYPT_COST", MIN_BCRYPT_COST, MIN_BCRYPT_COST, 31),
        e.bool("ALLOW_ADMIN_SIGNUP", false),
        admin(e),
        corsOrigins(e),
        logFormat(e),
        e.text("LOG_DIR").map(Path::of),
        e.duration("SHUTDOWN_TIMEOUT", Duration.ofSeconds(30)),
        e.text("DATABASE_USER"),
        e.text("DATABASE_PASSWORD"),
        redis(e),
        cacheTtl(e),
        rateLimits(e),
        trustedProxies(e),
        e.duration("REFRESH_TOKEN_EXPIRES_IN", Core.Settings.DEFAULT_REFRESH_TTL),
        instanceId(e),
        metrics(e));
  }

  private static MetricsConfig metrics(Env e) {
    Optional<Integer> port =
        e.text("MANAGEMENT_PORT").map(v -> e.integer("MANAGEMENT_PORT", 0, 0, 65_535));
    int apiPort = e.integer("PORT", DEFAULT_PORT, 0, 65_535);
    if (port.isPresent() && port.get() != 0 && port.get() == apiPort) {
      throw new ConfigException("MANAGEMENT_PORT must differ from PORT, was " + apiPort);
    }
    Optional<String> token = e.text("METRICS_TOKEN");
    token.ifPresent(
        t -> {
          if (t.length() < MetricsConfig.MIN_TOKEN_LENGTH) {
            throw new ConfigException(
                "METRICS_TOKEN must be at least "
                    + MetricsConfig.MIN_TOKEN_LENGTH
                    + " characters; generate one with: openssl rand -hex 24");
          }
          if (!t.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new ConfigException("METRICS_TOKEN must be printable ASCII without spaces");
          }
        });
    return new MetricsConfig(port, token);
  }

  private static String instanceId(Env e) {
    Optional<String> configured = e.text("INSTANCE_ID");
    if (configured.isPresent()) {
      if (!HttpSettings.INSTANCE_ID.matcher(configured.get()).matches()) {
        throw new ConfigException(
            "INSTANCE_ID must be 1 to 64 letters, digits, '.', '_', ':' or '-', was '"
                + configured.get()
                + "'");
      }
      return configured.get();
    }
    // Docker sets HOSTNAME to the container's id: distinct for every replica.
    return e.text("HOSTNAME")
        .filter(host -> HttpSettings.INSTANCE_ID.matcher(host).matches())
        .orElseGet(() -> "pt-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4)));
  }

  /** {@code CACHE_TTL_SECONDS}: 60 seconds by default; {@code 0} turns the task cache off. */
  private static Duration cacheTtl(Env e) {
    if (e.text("CACHE_TTL_SECONDS").filter("0"::equals).isPresent()) {
      return Duration.ZERO;
    }
    return e.duration("CACHE_TTL_SECONDS", Duration.ofSeconds(60));
  }

  private static Optional<RedisConfig> redis(Env e) {
    Duration timeout =
        e.duration("REDIS_TIMEOUT", RedisSettings.DEFAULT_TIMEOUT, Duration.ofMillis(1));
    return e.text("REDIS_URL")
        .map(
            url -> {
              try {
                URI uri = new URI(url);
                RedisSettings.of(uri);
                return new RedisConfig(uri, timeout);
              } catch (URISyntaxException | IllegalArgumentException ex) {
                throw new ConfigException(
                    "REDIS_URL must look like redis://host:6379 (or rediss:// for TLS)");
              }
            });
  }

  private static RateLimits rateLimits(Env e) {
    RateLimits limits = RateLimits.DEFAULTS.enabled(e.bool("RATE_LIMIT_ENABLED", true));
    for (Policy policy : Policy.values()) {
      String name = rateLimitVariable(policy);
      Optional<Limit> limit = e.rate(name);
      if (limit.isPresent()) {
        limits = limits.with(policy, limit.get());
      }
    }
    return limits;
  }

  /** The variable that sets a policy's limit, e.g. {@code RATE_LIMIT_LOGIN_EMAIL}. */
  public static String rateLimitVariable(Policy policy) {
    return switch (policy) {
      case API -> "RATE_LIMIT_API";
      case LOGIN_PER_ADDRESS -> "RATE_LIMIT_LOGIN_IP";
      case LOGIN_PER_EMAIL -> "RATE_LIMIT_LOGIN_EMAIL";
      case REGISTER -> "RATE_LIMIT_REGISTER";
      case TASK_CREATE -> "RATE_LIMIT_TASK_CREATE";
    };
  }

  private static List<String> trustedProxies(Env e) {
    List<String> proxies =
        e.text("TRUSTED_PROXIES").stream()
            .flatMap(list -> Arrays.stream(list.split(",")))
            .map(String::strip)
            .filter(proxy -> !proxy.isEmpty())
            .toList();
    try {
      HttpSettings.defaults().withTrustedProxies(proxies);
    } catch (IllegalArgumentException ex) {
      throw new ConfigException(
          "TRUSTED_PROXIES must list IP addresses or networks such as 10.0.0.0/8: "
              + ex.getMessage());
    }
    return proxies;
  }

  private static String databaseUrl(Env e) {
    String url = e.text("DATABASE_URL").orElse(DEFAULT_DATABASE_URL);
    try {
      // jdbc:postgresql:... selects the PostgreSQL adapter; anything else must be a SQLite file.
      if (PostgresSettings.accepts(url)) {
        PostgresSettings.of(url, null, null);
      } else {
        SqliteSettings.fromJdbcUrl(url);
      }
    } catch (IllegalArgumentException ex) {
      throw new ConfigException("DATABASE_URL is not usable: " + ex.getMessage());
    }
    return url;
  }

  private static Optional<String> jwtSecret(Env e) {
    Optional<String> secret = e.text("JWT_SECRET");
    secret.ifPresent(
        s -> {
          if (s.getBytes(StandardCharsets.UTF_8).length < MIN_JWT_SECRET_BYTES) {
            throw new ConfigException(
                "JWT_SECRET must be at least "
                    + MIN_JWT_SECRET_BYTES
                    + " bytes; generate one with: openssl rand -base64 48");
          }
        });
    return secret;
  }

  private static Optional<AdminAccount> admin(Env e) {
    Optional<String> email = e.text("ADMIN_EMAIL");
    Optional<String> password = e.text("ADMIN_PASSWORD");
    if (email.isPresent() != password.isPresent()) {
      throw new ConfigException("ADMIN_EMAIL and ADMIN_PASSWORD must be set together");
    }
    return email.map(
        address ->
            new AdminAccount(address, e.text("ADMIN_USERNAME").orElse("admin"), password.get()));
  }

  private static LogFormat logFormat(Env e) {
    return e.text("LOG_FORMAT")
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "text" -> LogFormat.TEXT;
                  case "json" -> LogFormat.JSON;
                  default ->
                      throw new ConfigException("LOG_FORMAT must be text or json, was '" + v + "'");
                })
        .orElse(LogFormat.TEXT);
  }

  private static List<String> corsOrigins(Env e) {
    List<String> origins =
        e.text("CORS_ORIGINS").stream()
            .flatMap(list -> Arrays.stream(list.split(",")))
            .map(String::strip)
            .filter(origin -> !origin.isEmpty())
            .toList();
    for (String origin : origins) {
      if (!isOrigin(origin)) {
        throw new ConfigException(
            "CORS_ORIGINS must list origins such as https://app.example.com, not '" + origin + "'");
      }
    }
    return origins;
  }

  private static boolean isOrigin(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Typed reads of the environment; blank counts as unset. */
  private record Env(Map<String, String> values) {
    Optional<String> text(String name) {
      return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    int integer(String name, int fallback, int min, int max) {
      Optional<String> text = text(name);
      if (text.isEmpty()) {
        return fallback;
      }
      int value;
      try {
        value = Integer.parseInt(text.get());
      } catch (NumberFormatException ex) {
        throw new ConfigException(name + " must be a whole number, was '" + text.get() + "'");
      }
      if (value < min || value > max) {
        throw new ConfigException(name + " must be " + min + " to " + max + ", was " + value);
      }
      return value;
    }

    boolean bool(String name, boolean fallback) {
      return text(name)
          .map(
              v ->
                  switch (v.toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default ->
                        throw new ConfigException(name + " must be true or false, was '" + v + "'");
                  })
          .orElse(fallback);
    }

    /** {@code 300/1m}: at most 300 requests in any minute. */
    Optional<Limit> rate(String name) {
      return text(name)
          .map(
              v -> {
                Matcher m = RATE.matcher(v.toLowerCase(Locale.ROOT));
                if (!m.matches()) {
                  throw new ConfigException(
                      name + " must be requests per window such as 300/1m, was '" + v + "'");
                }
                int permits;
                try {
                  permits = Integer.parseInt(m.group(1));
                } catch (NumberFormatException ex) {
                  permits = 0;
                }
                if (permits < 1) {
                  throw new ConfigException(
                      name + " must allow at least one request, was '" + v + "'");
                }
                Duration window = new Env(Map.of(name, m.group(2))).duration(name, null);
                return new Limit(permits, window);
              });
    }

    /**
     * {@code 3600}, {@code 3600s}, {@code 15m}, {@code 1h}, {@code 7d} (plain numbers: seconds).
     */
    Duration duration(String name, Duration fallback) {
      return duration(name, fallback, Duration.ofSeconds(1));
    }

    /** As {@link #duration(String, Duration)}, refusing values under {@code minimum}. */
    Duration duration(String name, Duration fallback, Duration minimum) {
      Optional<String> text = text(name);
      if (text.isEmpty()) {
        return fallback;
      }
      Matcher m = DURATION.matcher(text.get().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new ConfigException(
            name + " must be a duration such as 900s, 15m or 1h, was '" + text.get() + "'");
      }
      long amount = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      Duration value =
          switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
          };
      if (value.compareTo(minimum) < 0) {
        throw new ConfigException(
            name + " must be at least " + describe(minimum) + ", was '" + text.get() + "'");
      }
      return value;
    }

    private static String describe(Duration minimum) {
      return minimum.equals(Duration.ofSeconds(1)) ? "one second" : minimum.toMillis() + "ms";
    }
  }
}
