package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Prepared statements reused across handles on a real SQLite file, through a pool of one connection
 * so that every handle gets the same driver connection.
 */
@Timeout(60)
class StatementCacheTest {
  private static final String ALL = "SELECT n FROM numbers ORDER BY n";

  @TempDir Path dir;

  private Path file;
  private HikariDataSource pool;
  private Jdbi jdbi;
  private StatementCache cache;
  private final List<PreparedStatement> executed = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    file = dir.resolve("statements.db");
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl("jdbc:sqlite:" + file);
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setMaximumPoolSize(1);
    pool = new HikariDataSource(config);
    cache = new StatementCache();
    jdbi = Jdbi.create(pool);
    jdbi.setStatementBuilderFactory(cache);
    jdbi.getConfig(SqlStatements.class)
        .addCustomizer(
            new StatementCustomizer() {
              @Override
              public void beforeExecution(PreparedStatement statement, StatementContext context) {
                executed.add(statement);
              }
            });
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("CREATE TABLE numbers (n INTEGER NOT NULL)");
      statement.executeUpdate("INSERT INTO numbers VALUES (1), (2), (3)");
    }
  }

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void aQueryRunOnTwoHandles_isPreparedOnce() throws Exception {
    assertThat(all()).containsExactly(1, 2, 3);
    assertThat(all()).containsExactly(1, 2, 3);

    assertThat(executed).hasSize(2);
    assertThat(executed.get(1)).isSameAs(executed.get(0));
    assertThat(executed.get(0).isClosed()).isFalse();
    try (Connection connection = pool.getConnection()) {
      assertThat(cache.resting(connection)).isEqualTo(1);
    }
  }

  @Test
  void aReusedStatement_bindsOnlyItsOwnParameters() {
    String sql = "SELECT count(*) FROM numbers WHERE n > :floor";

    int aboveOne = jdbi.withHandle(h -> h.createQuery(sql).bind("floor", 1).mapTo(int.class).one());
    int aboveTwo = jdbi.withHandle(h -> h.createQuery(sql).bind("floor", 2).mapTo(int.class).one());

    assertThat(aboveOne).isEqualTo(2);
    assertThat(aboveTwo).isEqualTo(1);
    assertThat(executed.get(1)).isSameAs(executed.get(0));
  }

  @Test
  void aStatementReadOnlyInPart_holdsNoSnapshotOnceReturned() throws Exception {
    // One row of three: the statement stops mid-result, inside a read transaction.
    int first = jdbi.withHandle(h -> h.createQuery(ALL).mapTo(Integer.class).first());
    assertThat(first).isEqualTo(1);

    assertThatAnotherConnectionWritesAndTruncatesTheLog();
    assertThat(all()).containsExactly(1, 2, 3, 4);
    assertThat(executed.get(1)).isSameAs(executed.get(0));
  }

  @Test
  void aStatementWhoseRowsNobodyRead_isResetOnceReturned() throws Exception {
    // Run as an update, the query's rows are never read: its first row stays pending.
    jdbi.useHandle(h -> h.execute(ALL));

    assertThatAnotherConnectionWritesAndTruncatesTheLog();
    assertThat(all()).containsExactly(1, 2, 3, 4);
    assertThat(executed.get(1)).isSameAs(executed.get(0));
  }

  @Test
  void theSameSqlRunInsideItsOwnResult_getsASecondStatement() throws Exception {
    List<Integer> pairs =
        jdbi.withHandle(
            h -> {
              try (Stream<Integer> outer = h.createQuery(ALL).mapTo(Integer.class).stream()) {
                return outer
                    .map(n -> n * 10 + h.createQuery(ALL).mapTo(Integer.class).list().size())
                    .toList();
              }
            });

    assertThat(pairs).containsExactly(13, 23, 33);
    assertThat(executed.get(1)).isNotSameAs(executed.get(0));
    // Both came back; one of them is enough to keep, and the other is closed.
    try (Connection connection = pool.getConnection()) {
      assertThat(cache.resting(connection)).isEqualTo(1);
    }
    List<PreparedStatement> distinct = executed.stream().distinct().toList();
    assertThat(distinct).hasSize(2);
    assertThat(distinct.stream().filter(StatementCacheTest::isClosed).count()).isEqualTo(1);
  }

  @Test
  void eachConnectionKeepsOnlyTheStatementsItUsedLast() throws Exception {
    int distinct = StatementCache.PER_CONNECTION + 5;
    for (int i = 0; i < distinct; i++) {
      String sql = "SELECT " + i + " + count(*) FROM numbers";
      jdbi.useHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    try (Connection connection = pool.getConnection()) {
      assertThat(cache.resting(connection)).isEqualTo(StatementCache.PER_CONNECTION);
    }
    assertThat(executed.subList(0, 5)).allMatch(StatementCacheTest::isClosed);
    assertThat(executed.subList(5, distinct)).noneMatch(StatementCacheTest::isClosed);
  }

  @Test
  void aConnectionThePoolReplaces_leavesItsStatementsBehind() throws Exception {
    assertThat(all()).containsExactly(1, 2, 3);
    Connection retired = executed.get(0).getConnection();
    pool.getHikariPoolMXBean().softEvictConnections();
    // The pool closes an evicted connection on a thread of its own.
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!retired.isClosed() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(retired.isClosed()).isTrue();

    assertThat(all()).containsExactly(1, 2, 3);
    assertThat(executed.get(1)).isNotSameAs(executed.get(0));
    assertThat(executed.get(1).getConnection()).isNotSameAs(retired);
    assertThat(cache.connections()).isEqualTo(1);
  }

  @Test
  void statementsReturningGeneratedKeys_areClosedAfterUse() {
    jdbi.useHandle(
        h ->
            h.createUpdate("INSERT INTO numbers VALUES (5)")
                .executeAndReturnGeneratedKeys()
                .mapTo(Long.class)
                .one());

    assertThat(executed).hasSize(1).allMatch(StatementCacheTest::isClosed);
  }

  /**
   * Adds 4 over a connection of its own and checkpoints with TRUNCATE, which reports {@code busy}
   * while any other connection still reads an older snapshot.
   */
  private void assertThatAnotherConnectionWritesAndTruncatesTheLog() throws Exception {
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = other.createStatement()) {
      statement.executeUpdate("INSERT INTO numbers VALUES (4)");
      try (ResultSet checkpoint = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        assertThat(checkpoint.next()).isTrue();
        assertThat(checkpoint.getInt("busy")).isZero();
      }
    }
  }

  private List<Integer> all() {
    return jdbi.withHandle(h -> h.createQuery(ALL).mapTo(Integer.class).list());
  }

  private static boolean isClosed(Statement statement) {
    try {
      return statement.isClosed();
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
