package io.primetrade.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.sqlite.SQLiteConfig;

/**
 * The storage ceilings: raw SQLite rates through sqlite-jdbc, with the server's settings (WAL,
 * {@code synchronous=NORMAL}) on a table shaped like {@code tasks}. Prints one {@code name rate}
 * line per measurement, in operations per second.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.primetrade.bench.SqliteFloor DIR [SECONDS]}
 */
public final class SqliteFloor {
  private static final int ROWS = 10_000;

  private SqliteFloor() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    Path file = Files.createTempFile(dir, "floor", ".db");
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(5000);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE tasks (id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT,"
                + " status TEXT NOT NULL, priority TEXT NOT NULL, due_date TEXT,"
                + " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL)");
        s.execute("CREATE INDEX tasks_created ON tasks (created_at)");
      }
      c.setAutoCommit(false);
      String[] ids = new String[ROWS];
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        for (int i = 0; i < ROWS; i++) {
          ids[i] = insert(insert, i);
        }
      }
      c.commit();
      c.setAutoCommit(true);

      report(
          "insert_one_per_txn",
          rate(
              seconds,
              new Op() {
                final PreparedStatement insert = c.prepareStatement(INSERT);
                int n = ROWS;

                @Override
                public void run() throws SQLException {
                  insert(insert, n++);
                }
              }));
      report(
          "insert_100_per_txn",
          100
              * rate(
                  seconds,
                  new Op() {
                    final PreparedStatement insert = c.prepareStatement(INSERT);
                    int n = 10 * ROWS;

                    @Override
                    public void run() throws SQLException {
                      c.setAutoCommit(false);
                      for (int i = 0; i < 100; i++) {
                        insert(insert, n++);
                      }
                      c.commit();
                      c.setAutoCommit(true);
                    }
                  }));
      report(
          "select_by_id",
          rate(
              seconds,
              new Op() {
                final PreparedStatement select =
                    c.prepareStatement("SELECT * FROM tasks WHERE id = ?");

                @Override
                public void run() throws SQLException {
                  select.setString(1, ids[ThreadLocalRandom.current().nextInt(ROWS)]);
                  try (ResultSet rs = select.executeQuery()) {
                    drain(rs);
                  }
                }
              }));
      report(
          "select_page_of_20",
          rate(
              seconds,
              new Op() {
                final PreparedStatement page =
                    c.prepareStatement(
                        "SELECT * FROM tasks ORDER BY created_at DESC LIMIT 20 OFFSET ?");

                @Override
                public void run() throws SQLException {
                  page.setInt(1, 20 * ThreadLocalRandom.current().nextInt(50));
                  try (ResultSet rs = page.executeQuery()) {
                    drain(rs);
                  }
                }
              }));
    } finally {
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Files.deleteIfExists(Path.of(file + suffix));
      }
    }
  }

  private static final String INSERT =
      "INSERT INTO tasks (id, title, description, status, priority, due_date, created_at,"
          + " updated_at, version) VALUES (?, ?, ?, 'pending', 'medium', '2027-01-15', ?, ?, 0)";

  private interface Op {
    void run() throws SQLException;
  }

  private static String insert(PreparedStatement insert, int n) throws SQLException {
    String id = UUID.randomUUID().toString();
    String now = java.time.Instant.now().toString();
    insert.setString(1, id);
    insert.setString(2, "Benchmark task " + n);
    insert.setString(3, "A task of the floor measurement, about as long as a real one.");
    insert.setString(4, now);
    insert.setString(5, now);
    insert.executeUpdate();
    return id;
  }

  private static void drain(ResultSet rs) throws SQLException {
    int columns = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      for (int i = 1; i <= columns; i++) {
        rs.getString(i);
      }
    }
  }

  /** Operations per second of {@code op}, after a warm-up of a third of the time. */
  private static double rate(double seconds, Op op) throws SQLException {
    long warmUntil = System.nanoTime() + (long) (seconds * 1e9 / 3);
    while (System.nanoTime() < warmUntil) {
      op.run();
    }
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    long count = 0;
    long now;
    do {
      op.run();
      count++;
      now = System.nanoTime();
    } while (now < end);
    return count / ((now - start) / 1e9);
  }

  private static void report(String name, double rate) {
    System.out.println(String.format(Locale.ROOT, "%s %.0f", name, rate));
  }
}
