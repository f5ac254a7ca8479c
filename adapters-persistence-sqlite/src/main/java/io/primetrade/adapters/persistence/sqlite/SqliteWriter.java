package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.UnavailableException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to the database for this process, committing the writes queued at the
 * same moment together: group commit.
 *
 * <p>SQLite has one writer at a time, and a commit costs far more than the statements before it.
 * Callers therefore do not write themselves: they {@linkplain #write queue} a command and wait. The
 * writer takes everything queued (up to {@link #MAX_BATCH}), runs it in one {@code BEGIN IMMEDIATE
 * ... COMMIT}, each command in its own {@code SAVEPOINT} so that one that fails (a taken e-mail
 * address, a bug) is rolled back alone, and only after {@code COMMIT} has returned tells each
 * caller how its command went. An acknowledged write is therefore exactly as durable as one
 * committed alone (WAL, {@code synchronous=NORMAL}), and a read made after the acknowledgement sees
 * it.
 *
 * <p>The queue is bounded: when it is full a caller is refused at once with {@link
 * UnavailableException} rather than joining a queue that grows without limit. A caller whose
 * command is still queued after {@code patience} gives up with the same exception, and its command
 * is never run; a command already running is waited for, so that the caller never reports a write
 * as failed that then commits.
 *
 * <p>Each batch holds {@code turn}, the lock that work which must run alone ({@link
 * SqliteAccess#exclusively}: migrations, {@code VACUUM}, bulk imports) takes too. Writers of other
 * processes are waited for by SQLite's busy timeout at {@code BEGIN IMMEDIATE}.
 */
final class SqliteWriter implements AutoCloseable {
  /** The most commands one transaction takes: enough to absorb any burst, short enough to wait. */
  static final int MAX_BATCH = 256;

  /** The most commands waiting; beyond this, callers are refused rather than queued. */
  static final int QUEUE_CAPACITY = 4 * MAX_BATCH;

  /** How long a caller waits for its command to start before giving up. */
  static final Duration PATIENCE = Duration.ofSeconds(10);

  /**
   * Short enough for the 15 characters Linux keeps of a thread's name (as {@code top -H} shows).
   */
  static final String THREAD_NAME = "sqlite-writer";

  private static final Logger LOG = LoggerFactory.getLogger(SqliteWriter.class);
  private static final Duration IDLE_POLL = Duration.ofMillis(100);

  private final Jdbi jdbi;
  private final Lock turn;
  private final Duration patience;
  private final BlockingQueue<Command<?>> queue;
  private final Thread thread;
  private final AtomicLong commits = new AtomicLong();
  private volatile boolean closed;

  SqliteWriter(Jdbi jdbi, Lock turn) {
    this(jdbi, turn, QUEUE_CAPACITY, PATIENCE);
  }

  /** With a queue and a patience of the test's choosing. */
  SqliteWriter(Jdbi jdbi, Lock turn, int queueCapacity, Duration patience) {
    this.jdbi = jdbi;
    this.turn = turn;
    this.patience = patience;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.thread = new Thread(this::run, THREAD_NAME);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Runs {@code work} in a transaction of the writer's, after the commands queued before it, and
   * returns its result once that transaction has committed.
   *
   * <p>What {@code work} throws is thrown here as it was thrown, untranslated, and nothing it wrote
   * remains. {@code work} runs on the writer's thread: it must not block on anything but the
   * database, and must not call back into this writer. It may run more than once (when a command of
   * the same batch fails, the batch runs again), so it must do nothing but its SQL: only what its
   * last run wrote and returned counts.
   *
   * @throws UnavailableException when the queue is full, the command did not start within the
   *     patience, the writer is closed, or the transaction could not commit
   */
  <R> R write(Function<Batch, R> work) {
    Command<R> command = new Command<>(work);
    if (closed) {
      throw closedException();
    }
    if (!queue.offer(command)) {
      throw new UnavailableException(
          SqliteErrors.UNAVAILABLE,
          new RejectedExecutionException(
              "The write queue is full (" + (queue.size() + queue.remainingCapacity()) + ")"));
    }
    if (closed && command.abandon()) {
      // Closed while queuing: the writer may have gone without seeing the command.
      throw closedException();
    }
    return command.await(patience);
  }

  /** How many transactions the writer has committed: for tests of the batching. */
  long commits() {
    return commits.get();
  }

  /** How many commands are waiting for the writer: for tests of the batching. */
  int queued() {
    return queue.size();
  }

  /**
   * Stops taking commands, runs those already queued, and waits for the writer's thread to end.
   * Writes asked for afterwards are refused with {@link UnavailableException}.
   */
  @Override
  public void close() {
    closed = true;
    try {
      thread.join(patience.toMillis() + SqliteDatabase.BUSY_TIMEOUT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Whatever is left (the writer did not finish in time) is refused, not lost silently.
    for (Command<?> left; (left = queue.poll()) != null; ) {
      left.fail(closedException());
    }
  }

  private void run() {
    List<Command<?>> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      Command<?> first;
      try {
        first = queue.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        // Nobody interrupts this thread but the JVM's end; what is queued is refused by close.
        return;
      }
      if (first == null) {
        if (closed) {
          return;
        }
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, MAX_BATCH - 1);
      try {
        runAlone(batch);
      } catch (Throwable e) { // NOPMD: the one writer must survive anything, even an Error
        // Every command of the batch has been told already; what is left to do is say why.
        LOG.error("The SQLite writer failed a batch of {} writes", batch.size(), e);
      } finally {
        batch.clear();
      }
    }
  }

  /** Runs the batch holding {@code turn}, with the commands whose callers still wait. */
  private void runAlone(List<Command<?>> batch) {
    turn.lock();
    try {
      batch.removeIf(command -> !command.claim());
      if (!batch.isEmpty()) {
        commit(batch);
      }
    } catch (SQLException e) {
      failAll(batch, SqliteErrors.translate(new UnableToExecuteStatementException(e, null)));
      throw new UnableToExecuteStatementException(e, null);
    } catch (RuntimeException e) {
      failAll(batch, SqliteErrors.translate(e));
      throw e;
    } catch (Error e) {
      failAll(batch, new UnavailableException(SqliteErrors.UNAVAILABLE, e));
      throw e;
    } finally {
      turn.unlock();
    }
  }

  /** Tells every caller of the batch not told yet that its write failed. */
  private static void failAll(List<Command<?>> batch, RuntimeException failure) {
    batch.forEach(command -> command.fail(failure));
  }

  /**
   * One transaction for the whole batch, every caller told after COMMIT.
   *
   * <p>The batch first runs as it is, with no savepoints: almost every write succeeds, and a
   * savepoint per command costs as much again as the command (SQLite journals every page the
   * command touches). If a command throws, that transaction is rolled back whole and the batch runs
   * again with each command between a SAVEPOINT and its RELEASE, so that the one that fails (again)
   * is rolled back alone. If the transaction itself is lost (SQLite rolls back by itself on some
   * I/O errors and when the disk is full), the commands that had succeeded in it are refused too:
   * none of them is acknowledged.
   */
  private void commit(List<Command<?>> batch) throws SQLException {
    jdbi.useHandle(
        handle -> {
          try (Statement control = handle.getConnection().createStatement();
              Batch context = new Batch(handle)) {
            List<Runnable> outcomes = runAll(batch, context, control, false);
            if (outcomes == null) {
              outcomes = runAll(batch, context, control, true);
            }
            try {
              control.execute("COMMIT");
            } catch (SQLException e) {
              rollback(control, e);
              throw e;
            }
            commits.incrementAndGet();
            outcomes.forEach(Runnable::run);
          }
        });
  }

  /**
   * Begins a transaction and runs every command of the batch in it, leaving it open for COMMIT;
   * returns how to tell each caller. Without savepoints, returns null (with the transaction rolled
   * back) as soon as a command fails.
   */
  private static List<Runnable> runAll(
      List<Command<?>> batch, Batch context, Statement control, boolean savepoints)
      throws SQLException {
    control.execute("BEGIN IMMEDIATE");
    List<Runnable> outcomes = new ArrayList<>(batch.size());
    for (Command<?> command : batch) {
      if (savepoints) {
        control.execute("SAVEPOINT command");
      }
      try {
        outcomes.add(command.run(context));
        if (savepoints) {
          control.execute("RELEASE command");
        }
      } catch (RuntimeException | Error e) {
        if (!savepoints) {
          if (rollback(control, e)) {
            return null;
          }
          throw e;
        }
        outcomes.add(() -> command.fail(e));
        if (!undo(control, e)) {
          throw e;
        }
      }
    }
    return outcomes;
  }

  /**
   * Rolls back to the current savepoint and releases it; false when that fails, which means the
   * transaction is gone and the whole batch must fail. Keeps the first error.
   */
  private static boolean undo(Statement control, Throwable cause) {
    try {
      control.execute("ROLLBACK TO command");
      control.execute("RELEASE command");
      return true;
    } catch (SQLException e) {
      cause.addSuppressed(e);
      rollback(control, cause);
      return false;
    }
  }

  /** Rolls the transaction back; false when it was gone already. Keeps the first error. */
  private static boolean rollback(Statement control, Throwable cause) {
    try {
      control.execute("ROLLBACK");
      return true;
    } catch (SQLException gone) {
      // Already rolled back by SQLite itself; nothing is open on the connection any more.
      cause.addSuppressed(gone);
      return false;
    }
  }

  private static UnavailableException closedException() {
    return new UnavailableException(
        SqliteErrors.UNAVAILABLE, new IllegalStateException("The database is closed"));
  }

  /**
   * What a command runs on: the writer's handle, in the batch's transaction, with the SQL objects
   * attached to it and the statements prepared on it once per batch rather than once per command.
   */
  static final class Batch implements AutoCloseable {
    private final Handle handle;
    private final Map<Class<?>, Object> daos = new HashMap<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private Batch(Handle handle) {
      this.handle = handle;
    }

    <D> D dao(Class<D> type) {
      return type.cast(daos.computeIfAbsent(type, handle::attach));
    }

    /** {@code sql} (with {@code ?} parameters) prepared on the writer's connection. */
    PreparedStatement statement(String sql) throws SQLException {
      PreparedStatement statement = statements.get(sql);
      if (statement == null) {
        statement = handle.getConnection().prepareStatement(sql);
        statements.put(sql, statement);
      }
      return statement;
    }

    @Override
    public void close() throws SQLException {
      SQLException first = null;
      for (PreparedStatement statement : statements.values()) {
        try {
          statement.close();
        } catch (SQLException e) {
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  /** A write waiting for the writer, and the caller's side of it. */
  private static final class Command<R> {
    private static final int QUEUED = 0;
    private static final int CLAIMED = 1;
    private static final int ABANDONED = 2;

    private final Function<Batch, R> work;
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private final CompletableFuture<R> outcome = new CompletableFuture<>();

    Command(Function<Batch, R> work) {
      this.work = work;
    }

    /** Whether the writer may run it: its caller still waits, and now will until it is done. */
    boolean claim() {
      return state.compareAndSet(QUEUED, CLAIMED);
    }

    /** Whether the caller may walk away: the writer has not started it, and now never will. */
    boolean abandon() {
      return state.compareAndSet(QUEUED, ABANDONED);
    }

    /** Runs the work; returns how to tell the caller, to be done once the batch has committed. */
    Runnable run(Batch batch) {
      R result = work.apply(batch);
      return () -> outcome.complete(result);
    }

    void fail(Throwable e) {
      outcome.completeExceptionally(e);
    }

    R await(Duration patience) {
      try {
        return outcome.get(patience.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (abandon()) {
          throw new UnavailableException(
              SqliteErrors.UNAVAILABLE,
              new TimeoutException("No turn to write within " + patience));
        }
        return awaitRunning();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        if (abandon()) {
          throw new UnavailableException(SqliteErrors.UNAVAILABLE, e);
        }
        return awaitRunning();
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      }
    }

    /** Waits, uninterruptibly, for a command the writer has started: it is about to end. */
    private R awaitRunning() {
      boolean interrupted = Thread.interrupted();
      try {
        while (true) {
          try {
            return outcome.get();
          } catch (InterruptedException e) {
            interrupted = true;
          } catch (ExecutionException e) {
            throw rethrow(e.getCause());
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private static RuntimeException rethrow(Throwable cause) {
      if (cause instanceof Error error) {
        throw error;
      }
      return (RuntimeException) cause;
    }
  }
}
