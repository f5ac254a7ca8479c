package io.primetrade.adapters.persistence.postgres;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * How the repositories reach the database: reads as plain autocommit statements or in one
 * REPEATABLE READ transaction (a snapshot), writes in READ COMMITTED transactions, every failure
 * translated by {@link PostgresErrors} except what the caller's own code throws.
 *
 * <p>Unlike SQLite, PostgreSQL has many writers at once, so there is no write lock here: the
 * optimistic {@code UPDATE ... WHERE version = :expected} is atomic under READ COMMITTED (a
 * concurrent update of the row makes it re-check the condition and change nothing), and unique and
 * foreign keys are enforced by the server across every instance.
 */
final class PostgresAccess {
  private final Jdbi jdbi;

  PostgresAccess(Jdbi jdbi) {
    this.jdbi = jdbi;
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
    return translated(() -> jdbi.withExtension(dao, work::apply));
  }

  /**
   * Runs {@code work} on a DAO in one REPEATABLE READ transaction, so that all its statements see
   * the database as it was at the first one; in PostgreSQL that neither waits for writers nor
   * blocks them. {@code work} must not write.
   */
  <D, R> R snapshot(Class<D> dao, Function<D, R> work) {
    return translated(
        () ->
            jdbi.inTransaction(
                TransactionIsolationLevel.REPEATABLE_READ,
                handle -> work.apply(handle.attach(dao))));
  }

  /** Runs {@code work} on a DAO in one READ COMMITTED transaction, committed or rolled back. */
  <D, R> R write(Class<D> dao, Function<D, R> work) {
    return translated(
        () ->
            jdbi.inTransaction(
                TransactionIsolationLevel.READ_COMMITTED,
                handle -> work.apply(handle.attach(dao))));
  }

  /** Runs {@code work}, translating what it throws. */
  static <R> R translated(Supplier<R> work) {
    try {
      return work.get();
    } catch (CallersException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw PostgresErrors.translate(e);
    }
  }

  /** Carries what the caller's code threw through JDBI and out of this class, untouched. */
  static final class CallersException extends RuntimeException {
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
