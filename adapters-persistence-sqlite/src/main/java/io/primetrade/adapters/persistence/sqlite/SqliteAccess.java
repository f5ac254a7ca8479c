package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.UnavailableException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * How the repositories reach the database: reads as plain autocommit statements, writes one at a
 * time in IMMEDIATE transactions, every failure translated by {@link SqliteErrors}.
 *
 * <p>SQLite has one writer at a time. Writers of this process queue on a fair Java lock before they
 * touch SQLite, so at most one thread per process waits in SQLite's native busy handler (which
 * would pin a virtual thread's carrier) and the queue is first come, first served. Writers of other
 * processes are waited for by the busy timeout; IMMEDIATE takes the write lock at BEGIN, so a
 * transaction never fails half-way when it upgrades from reading to writing. Reads never take the
 * lock: in WAL mode they do not block writers and writers do not block them.
 */
final class SqliteAccess {
  /** Long enough for a queue of short transactions; a stuck writer makes the others give up. */
  private static final Duration WRITE_LOCK_TIMEOUT = Duration.ofSeconds(10);

  private final Jdbi jdbi;
  private final ReentrantLock writeLock = new ReentrantLock(true);

  SqliteAccess(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Runs {@code work} on a DAO outside any transaction, so each statement commits by itself. */
  <D, R> R read(Class<D> dao, Function<D, R> work) {
    try {
      return jdbi.withExtension(dao, work::apply);
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    }
  }

  /**
   * Runs {@code work} on a DAO in one IMMEDIATE transaction, after the writers queued before.
   *
   * <p>The transaction is opened and closed with explicit statements on an autocommit connection
   * rather than through JDBC's {@code setAutoCommit(false)}: sqlite-jdbc begins the next
   * transaction right after a JDBC commit, and that BEGIN could time out against another process
   * and report a committed write as failed.
   */
  <D, R> R write(Class<D> dao, Function<D, R> work) {
    lockForWriting();
    try {
      return jdbi.withHandle(
          handle -> {
            handle.execute("BEGIN IMMEDIATE");
            R result;
            try {
              result = work.apply(handle.attach(dao));
            } catch (RuntimeException e) {
              rollback(handle, e);
              throw e;
            }
            handle.execute("COMMIT");
            return result;
          });
    } catch (RuntimeException e) {
      throw SqliteErrors.translate(e);
    } finally {
      writeLock.unlock();
    }
  }

  private static void rollback(Handle handle, RuntimeException cause) {
    try {
      handle.execute("ROLLBACK");
    } catch (RuntimeException e) {
      // SQLite may have rolled back by itself (for example on SQLITE_FULL); keep the first error.
      cause.addSuppressed(e);
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
}
