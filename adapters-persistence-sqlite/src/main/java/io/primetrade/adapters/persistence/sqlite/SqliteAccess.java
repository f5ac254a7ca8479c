package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.UnavailableException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * How the repositories reach the database: reads as plain autocommit statements or in one deferred
 * transaction (a snapshot), writes through the process's one {@link SqliteWriter}, which commits
 * the writes that arrive together in one IMMEDIATE transaction, every failure translated by {@link
 * SqliteErrors} except what the caller's own code throws.
 *
 * <p>SQLite has one writer at a time. Within this process that is the writer's thread, or whoever
 * holds the fair {@linkplain #exclusively turn} for work that must run alone; so at most one thread
 * per process waits in SQLite's native busy handler. Writers of other processes are waited for by
 * the busy timeout; IMMEDIATE takes the write lock at BEGIN, so a transaction never fails half-way
 * when it upgrades from reading to writing. Reads never take the lock: in WAL mode they do not
 * block writers and writers do not block them.
 */
final class SqliteAccess implements AutoCloseable {
  /** Long enough for a queue of short transactions; a stuck writer makes the others give up. */
  private static final Duration WRITE_LOCK_TIMEOUT = SqliteWriter.PATIENCE;

  private final Jdbi jdbi;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final SqliteWriter writer;

  SqliteAccess(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.writer = new SqliteWriter(jdbi, writeLock);
  }

  /**
   * Runs code of the repository's caller (an iterator handed to it, a sink) inside {@code work}, so
   * that what it throws leaves this class as it was thrown: never translated, never wrapped.
   */
  static <T> T callersCode(Supplier<T> code) {
    try {
      return code.get();
    } catch (RuntimeException e) {
      throw new CallersException(e);
    }
  }

  /** As {@link #callersCode}, for code that returns nothing. */
  static void callersAction(Runnable code) {
    try {
      code.run();
    } catch (RuntimeException e) {
      throw new CallersException(e);
    }
  }

  /** Runs {@code work} on a DAO outside any transaction, so each statement commits by itself. */
  <D, R> R read(Class<D> dao, Function<D, R> work) {
    try {
      return jdbi.withExtension(dao, work::apply);
    } catch (CallersException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    }
  }

  /**
   * Runs {@code work} on a handle outside any transaction, as {@link #read} does on a DAO: for the
   * hot single-statement reads, which the per-call cost of attaching a SQL object would dominate.
   */
  <R> R readHandle(Function<Handle, R> work) {
    try {
      return jdbi.withHandle(work::apply);
    } catch (CallersException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    }
  }

  /**
   * Runs {@code work} on a DAO in one deferred read transaction, so that all its statements see the
   * database as it was at the first one: a consistent snapshot in WAL mode, which neither waits for
   * writers nor makes them wait. {@code work} must not write.
   */
  <D, R> R snapshot(Class<D> dao, Function<D, R> work) {
    try {
      return jdbi.withHandle(handle -> inTransaction(handle, "BEGIN", dao, work));
    } catch (CallersException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    }
  }

  /**
   * Runs {@code work} on a DAO through the {@linkplain SqliteWriter writer}, in an IMMEDIATE
   * transaction it may share with other writes, and returns once that transaction has committed.
   * Nothing {@code work} wrote remains if it throws. {@code work} must be short and must only touch
   * the database: it runs on the writer's thread, and every write of the process waits for it.
   */
  <D, R> R write(Class<D> dao, Function<D, R> work) {
    return write(batch -> work.apply(batch.dao(dao)));
  }

  /**
   * As {@link #write}, for the hot single-statement writes: {@code sql} (with {@code ?} parameters)
   * is prepared once per batch of the writer and bound by {@code binder} by hand, without the
   * per-statement work of a SQL object.
   *
   * @return the statement's update count
   */
  int writeStatement(String sql, StatementBinder binder) {
    return write(
        batch -> {
          try {
            PreparedStatement statement = batch.statement(sql);
            binder.bind(statement);
            return statement.executeUpdate();
          } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
          }
        });
  }

  /** Sets the parameters of a prepared statement. */
  @FunctionalInterface
  interface StatementBinder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Runs {@code work} through the writer, translating what fails. */
  private <R> R write(Function<SqliteWriter.Batch, R> work) {
    try {
      return writer.write(work);
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    }
  }

  /**
   * Runs {@code work} on a DAO in an IMMEDIATE transaction of its own, on the caller's thread,
   * between two batches of the writer: for long writes that run the caller's code as they go, such
   * as an import reading its input.
   *
   * <p>The transaction is opened and closed with explicit statements on an autocommit connection
   * rather than through JDBC's {@code setAutoCommit(false)}: sqlite-jdbc begins the next
   * transaction right after a JDBC commit, and that BEGIN could time out against another process
   * and report a committed write as failed. The writer does the same.
   */
  <D, R> R writeAlone(Class<D> dao, Function<D, R> work) {
    return exclusively(
        () -> jdbi.withHandle(handle -> inTransaction(handle, "BEGIN IMMEDIATE", dao, work)));
  }

  /**
   * Runs {@code work} after the writers queued before and before the next, without opening a
   * transaction: for statements that must run outside one, such as {@code VACUUM}, and for
   * migrations, which manage their own.
   */
  <R> R exclusively(Supplier<R> work) {
    lockForWriting();
    try {
      return work.get();
    } catch (CallersException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} on a DAO between {@code begin} and COMMIT, or rolls back. */
  private static <D, R> R inTransaction(
      Handle handle, String begin, Class<D> dao, Function<D, R> work) {
    handle.execute(begin);
    R result;
    try {
      result = work.apply(handle.attach(dao));
    } catch (RuntimeException | Error e) {
      // Errors too: the connection goes back to the pool, and must not take an open transaction
      // (and with it SQLite's write lock) along.
      rollback(handle, e);
      throw e;
    }
    handle.execute("COMMIT");
    return result;
  }

  private static void rollback(Handle handle, Throwable cause) {
    try {
      handle.execute("ROLLBACK");
    } catch (RuntimeException e) {
      // SQLite may have rolled back by itself (for example on SQLITE_FULL); keep the first error.
      Throwable first = cause instanceof CallersException ? cause.getCause() : cause;
      first.addSuppressed(e);
    }
  }

  private void lockForWriting() {
    try {
      if (!writeLock.tryLock(WRITE_LOCK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new UnavailableException(
            SqliteErrors.UNAVAILABLE,
            new TimeoutException("No turn to write within " + WRITE_LOCK_TIMEOUT));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException(SqliteErrors.UNAVAILABLE, e);
    }
  }

  /** Runs the writes already queued, then refuses any more. */
  @Override
  public void close() {
    writer.close();
  }

  /** Carries what the caller's code threw through JDBI and out of this class, untouched. */
  private static final class CallersException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CallersException(RuntimeException cause) {
      super(null, cause, false, false);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }
}
