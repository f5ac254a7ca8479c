package io.primetrade.adapters.persistence.postgres;

import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.DomainException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns what the PostgreSQL driver, HikariCP and JDBI throw into the application's vocabulary, in
 * one place, with the same outcomes as the SQLite adapter's translation.
 *
 * <p>A unique violation (SQLState 23505) on {@code users_email_key} or {@code users_username_key}
 * becomes a {@link ConflictException} naming the field; a server that cannot be reached, refuses
 * connections, shuts down, runs out of resources or cancels a statement at its timeout, and a pool
 * that has no connection to give or is closed, become an {@link UnavailableException}; anything
 * else is a bug and stays what it was. A foreign-key failure is a bug too, except where the caller
 * knows what it means ({@link #translateUserRemoval}).
 */
final class PostgresErrors {
  static final String UNAVAILABLE = "The database is unavailable";

  static final String UNIQUE_VIOLATION = "23505";
  static final String FOREIGN_KEY_VIOLATION = "23503";

  private PostgresErrors() {}

  /**
   * The exception to throw instead of {@code e}, which may be {@code e} itself. Translating twice
   * changes nothing.
   */
  static RuntimeException translate(RuntimeException e) {
    if (e instanceof DomainException || e instanceof UnavailableException) {
      return e;
    }
    // JDBI, Hikari and Flyway wrap the driver's exception, so look at the whole chain.
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof ConnectionException) {
        return new UnavailableException(UNAVAILABLE, e);
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return translate(sql, e);
      }
    }
    return e;
  }

  /**
   * As {@link #translate}, for a delete from {@code users}: there the only foreign key that can
   * fail is {@code tasks.created_by}, so its failure means tasks the user created remain.
   */
  static RuntimeException translateUserRemoval(RuntimeException e) {
    SQLException sql = sqlCause(e);
    if (sql != null && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
      return new ConflictException(
          UserRepository.HAS_TASKS,
          "The user created tasks that remain; deactivate the account instead");
    }
    return translate(e);
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql;
      }
    }
    return null;
  }

  private static RuntimeException translate(SQLException sql, RuntimeException e) {
    String state = sql.getSQLState();
    if (UNIQUE_VIOLATION.equals(state)) {
      String constraint = constraint(sql);
      if ("users_email_key".equals(constraint)) {
        return new ConflictException(UserRepository.EMAIL_TAKEN, "Email is already registered");
      }
      if ("users_username_key".equals(constraint)) {
        return new ConflictException(UserRepository.USERNAME_TAKEN, "Username is already taken");
      }
      return e;
    }
    if (isUnavailable(state)) {
      return new UnavailableException(UNAVAILABLE, e);
    }
    return e;
  }

  /**
   * Whether {@code state} says "try again later": connection exceptions (class 08), insufficient
   * resources (53, such as too many connections or a full disk), operator intervention (57: a
   * statement cancelled at its timeout, a server shutting down or starting), a lock not obtained in
   * time (55P03), a serialization failure or deadlock (40001, 40P01), and system errors (58: I/O).
   */
  static boolean isUnavailable(String state) {
    return state.startsWith("08")
        || state.startsWith("53")
        || state.startsWith("57")
        || state.startsWith("58")
        || state.equals("55P03")
        || state.equals("40001")
        || state.equals("40P01");
  }

  /** The violated constraint's name as the server reports it, or null. */
  private static String constraint(SQLException sql) {
    if (sql instanceof PSQLException psql) {
      ServerErrorMessage message = psql.getServerErrorMessage();
      if (message != null) {
        return message.getConstraint();
      }
    }
    return null;
  }
}
