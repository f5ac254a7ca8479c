package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.DomainException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what sqlite-jdbc, HikariCP and JDBI throw into the application's vocabulary, in one place.
 *
 * <p>A taken e-mail address or username becomes a {@link ConflictException}; a store that is busy
 * beyond the busy timeout, locked, failing on I/O, full or not openable, and a pool that has no
 * connection to give or is closed, become an {@link UnavailableException}; anything else is a bug
 * and stays what it was. A foreign-key failure is a bug too, except where the caller knows what it
 * means ({@link #translateUserRemoval}).
 */
final class SqliteErrors {
  static final String UNAVAILABLE = "The database is unavailable";

  private static final String UNIQUE_FAILED = "UNIQUE constraint failed: ";

  private SqliteErrors() {}

  /**
   * The exception to throw instead of {@code e}, which may be {@code e} itself. Translating twice
   * changes nothing: what is already in the application's vocabulary stays as it is.
   */
  static RuntimeException translate(RuntimeException e) {
    if (e instanceof DomainException || e instanceof UnavailableException) {
      return e;
    }
    // JDBI and Hikari wrap the driver's exception, so look at the whole chain.
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite) {
        return translate(sqlite, e);
      }
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof ConnectionException) {
        return new UnavailableException(UNAVAILABLE, e);
      }
    }
    return e;
  }

  /**
   * As {@link #translate}, for a delete from {@code users}: there the only foreign key that can
   * fail is {@code tasks.created_by}, so its failure means tasks the user created remain.
   */
  static RuntimeException translateUserRemoval(RuntimeException e) {
    SQLiteException sqlite = sqliteCause(e);
    if (sqlite != null && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
      return new ConflictException(
          UserRepository.HAS_TASKS,
          "The user created tasks that remain; deactivate the account instead");
    }
    return translate(e);
  }

  private static SQLiteException sqliteCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite) {
        return sqlite;
      }
    }
    return null;
  }

  private static RuntimeException translate(SQLiteException sqlite, RuntimeException e) {
    SQLiteErrorCode code = sqlite.getResultCode();
    if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
      String message = String.valueOf(sqlite.getMessage());
      if (message.contains(UNIQUE_FAILED + "users.email")) {
        return new ConflictException(UserRepository.EMAIL_TAKEN, "Email is already registered");
      }
      if (message.contains(UNIQUE_FAILED + "users.username")) {
        return new ConflictException(UserRepository.USERNAME_TAKEN, "Username is already taken");
      }
      return e;
    }
    // Extended result codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE...) share the low byte.
    int primary = code.code & 0xff;
    if (primary == SQLiteErrorCode.SQLITE_BUSY.code
        || primary == SQLiteErrorCode.SQLITE_LOCKED.code
        || primary == SQLiteErrorCode.SQLITE_IOERR.code
        || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
        || primary == SQLiteErrorCode.SQLITE_FULL.code) {
      return new UnavailableException(UNAVAILABLE, e);
    }
    return e;
  }
}
