package io.primetrade.adapters.persistence.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the write-ahead log into the database file in the background, so that the writer seldom
 * has to.
 *
 * <p>In WAL mode a commit only appends to the log; a checkpoint later copies the logged pages into
 * the database file and syncs both. SQLite runs one on the committing connection whenever the log
 * has grown past a threshold, and under a stream of writes that makes the one writer stop for the
 * copy and the sync every few commits. This thread runs a PASSIVE checkpoint every {@link
 * #INTERVAL} on a connection of its own instead: it never waits for the writer nor makes it wait,
 * and copies what was committed up to its start. The connections of the pool keep a higher
 * automatic threshold ({@link SqliteDatabase#WAL_AUTOCHECKPOINT_PAGES}) as a backstop that bounds
 * the log when this thread falls behind, and that lets the log restart from its beginning.
 *
 * <p>Nothing about durability changes: a commit is durable once it is in the log, and a checkpoint
 * syncs the log before it copies.
 */
final class SqliteCheckpointer implements AutoCloseable {
  static final Duration INTERVAL = Duration.ofMillis(200);

  private static final Logger LOG = LoggerFactory.getLogger(SqliteCheckpointer.class);

  private final DataSource source;
  private final ScheduledExecutorService thread;
  private volatile boolean caughtUp;
  private Connection connection;

  /** Starts checkpointing the database {@code source} opens, every {@code interval}. */
  SqliteCheckpointer(DataSource source, Duration interval) {
    this.source = source;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread named = new Thread(runnable, "sqlite-checkpoint");
              named.setDaemon(true);
              return named;
            });
    long millis = interval.toMillis();
    thread.scheduleWithFixedDelay(this::checkpoint, millis, millis, TimeUnit.MILLISECONDS);
  }

  /**
   * Whether this thread's last checkpoint found a log and copied all of it into the database file:
   * for tests.
   */
  boolean caughtUp() {
    return caughtUp;
  }

  /**
   * One PASSIVE checkpoint. A failure is logged and the connection reopened next time: a missed
   * checkpoint only leaves more for the next one or for the writer's backstop.
   */
  private void checkpoint() {
    try {
      if (connection == null) {
        connection = source.getConnection();
      }
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
        // busy, pages in the log, pages of the log now in the database file
        caughtUp = result.next() && result.getLong(2) > 0 && result.getLong(3) == result.getLong(2);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("A background checkpoint of the SQLite log failed; the next one will retry", e);
      closeConnection();
    }
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("Closing the checkpointer's connection failed", e);
      }
      connection = null;
    }
  }

  /**
   * Stops checkpointing and closes the connection, after a checkpoint under way has ended. Closing
   * again does nothing.
   */
  @Override
  public synchronized void close() {
    if (thread.isShutdown()) {
      return;
    }
    // Runs on the thread after any checkpoint under way; shutdown cancels the periodic task but
    // still runs this one.
    thread.execute(this::closeConnection);
    thread.shutdown();
    try {
      if (!thread.awaitTermination(SqliteDatabase.BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        LOG.warn("The SQLite checkpointer did not stop in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
