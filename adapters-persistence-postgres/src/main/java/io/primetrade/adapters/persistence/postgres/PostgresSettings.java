package io.primetrade.adapters.persistence.postgres;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the PostgreSQL database is, who logs in, how many pooled connections may use it, and how
 * long anything may take before it counts as unavailable.
 *
 * @param url a JDBC URL such as {@code jdbc:postgresql://db.example.com:5432/primetrade}
 * @param user the login role, or null to let the driver take it from the URL
 * @param password the role's password, or null; never printed by {@link #toString()}
 * @param poolSize how many connections the pool may hold, at least 1
 * @param connectTimeout how long opening a connection (TCP connect and login) and waiting for a
 *     pooled one may take
 * @param statementTimeout how long one statement may run before the server cancels it
 */
public record PostgresSettings(
    String url,
    String user,
    String password,
    int poolSize,
    Duration connectTimeout,
    Duration statementTimeout) {
  public static final String URL_PREFIX = "jdbc:postgresql:";
  public static final int DEFAULT_POOL_SIZE = 10;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

  public PostgresSettings {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException(
          "A PostgreSQL database URL must start with " + URL_PREFIX + ": " + redacted(url));
    }
    if (url.length() == URL_PREFIX.length()) {
      throw new IllegalArgumentException("The PostgreSQL database URL names no database");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("The pool size must be at least 1: " + poolSize);
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(statementTimeout, "statementTimeout");
    if (connectTimeout.toMillis() < 250) {
      // HikariCP's smallest connection timeout.
      throw new IllegalArgumentException("The connect timeout must be at least 250 ms");
    }
  }

  /** The database at {@code url} with these credentials, the default pool size and timeouts. */
  public static PostgresSettings of(String url, String user, String password) {
    return new PostgresSettings(
        url, user, password, DEFAULT_POOL_SIZE, DEFAULT_CONNECT_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT);
  }

  /** Whether {@code url} names a PostgreSQL database, so that this adapter should open it. */
  public static boolean accepts(String url) {
    return url != null && url.startsWith(URL_PREFIX);
  }

  /** These settings with another pool size. */
  public PostgresSettings withPoolSize(int size) {
    return new PostgresSettings(url, user, password, size, connectTimeout, statementTimeout);
  }

  /** These settings with another connect timeout. */
  public PostgresSettings withConnectTimeout(Duration timeout) {
    return new PostgresSettings(url, user, password, poolSize, timeout, statementTimeout);
  }

  /** The URL without a password the URL itself may carry ({@code ?password=...}). */
  String redactedUrl() {
    return redacted(url);
  }

  @Override
  public String toString() {
    return "PostgresSettings[url="
        + redactedUrl()
        + ", user="
        + user
        + ", password="
        + (password == null ? "(none)" : "(hidden)")
        + ", poolSize="
        + poolSize
        + ", connectTimeout="
        + connectTimeout
        + ", statementTimeout="
        + statementTimeout
        + "]";
  }

  private static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1(hidden)");
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
