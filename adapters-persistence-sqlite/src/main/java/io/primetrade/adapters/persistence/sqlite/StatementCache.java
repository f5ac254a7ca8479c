package io.primetrade.adapters.persistence.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * Keeps each pooled connection's prepared statements for the next caller, so that SQLite parses and
 * plans a hot query once per connection rather than once per call: compiling the statement cost
 * more than running it for the lookups every request makes (the account behind a token, a task by
 * id). Neither sqlite-jdbc nor HikariCP caches statements; JDBI leaves it to its {@link
 * StatementBuilder}, which this is.
 *
 * <p>Statements are prepared on the driver's connection underneath the pool's proxy, since the pool
 * closes what was prepared through the proxy when the connection goes back. When a connection first
 * shows up (the pool opens one to replace a retired one), the statements of connections closed
 * since are let go; a statement refers to its connection, so holding the connections weakly would
 * not free them. A statement serves one caller at a time: it leaves the cache while in use and
 * returns when JDBI closes it, reset and its parameters cleared. So a statement at rest holds no
 * read snapshot open and the next run sees every commit. (SQLite still refuses to VACUUM on a
 * connection that keeps statements it ran, so {@link SqliteMaintenance} vacuums over a connection
 * of its own.) Each connection keeps the {@value #PER_CONNECTION} statements it used last and
 * closes the others. Statements with generated keys or updatable results are prepared and closed as
 * JDBI's default builder does.
 *
 * <p>Thread-safe: the pool lends a connection to one thread at a time, and the map from connection
 * to statements is concurrent (a driver connection's identity is its key).
 */
final class StatementCache implements StatementBuilderFactory {
  /**
   * Room for the repositories' fixed statements and every task listing (eight filter combinations
   * in eight orders, each with its count); beyond that, the least recently used go.
   */
  static final int PER_CONNECTION = 160;

  private final Map<SQLiteConnection, Statements> byConnection = new ConcurrentHashMap<>();

  @Override
  public StatementBuilder createStatementBuilder(Connection connection) {
    return new Builder();
  }

  /** How many statements rest in the cache of the driver connection under {@code connection}. */
  int resting(Connection connection) throws SQLException {
    Statements statements = byConnection.get(connection.unwrap(SQLiteConnection.class));
    return statements == null ? 0 : statements.size();
  }

  /** How many driver connections have statements here. */
  int connections() {
    return byConnection.size();
  }

  private Statements of(SQLiteConnection driver) {
    Statements statements = byConnection.get(driver);
    if (statements == null) {
      byConnection.keySet().removeIf(connection -> connection.getDatabase().isClosed());
      statements = byConnection.computeIfAbsent(driver, ignored -> new Statements());
    }
    return statements;
  }

  /** One handle's builder: it knows which of the statements it handed out came from the cache. */
  private final class Builder extends DefaultStatementBuilder {
    /** Statements in use, with the SQL they were prepared from (JDBI closes by its own text). */
    private final Map<Statement, String> lent = new IdentityHashMap<>();

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context)
        throws SQLException {
      if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
        return super.create(connection, sql, context);
      }
      SQLiteConnection driver = connection.unwrap(SQLiteConnection.class);
      PreparedStatement statement = of(driver).take(sql);
      if (statement == null) {
        statement = driver.prepareStatement(sql);
      }
      lent.put(statement, sql);
      return statement;
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
      if (statement == null) {
        return;
      }
      String prepared = lent.remove(statement);
      if (prepared == null || statement.isClosed()) {
        // Prepared by the default builder, or closed along with its connection.
        statement.close();
        return;
      }
      // sqlite-jdbc leaves a query whose rows nobody asked for (one run as an update) unreset, in
      // the middle of its read transaction; the reset ends it. JDBC has no reset, so this asks
      // the driver's own statement handle.
      ((CoreStatement) statement).pointer.safeRunInt(DB::reset);
      ((PreparedStatement) statement).clearParameters();
      of(connection.unwrap(SQLiteConnection.class)).put(prepared, (PreparedStatement) statement);
    }
  }

  /** One connection's resting statements by SQL, least recently used first. */
  private static final class Statements {
    private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(16, 0.75f, true);

    PreparedStatement take(String sql) {
      return bySql.remove(sql);
    }

    void put(String sql, PreparedStatement statement) throws SQLException {
      PreparedStatement replaced = bySql.put(sql, statement);
      if (replaced != null) {
        // Two callers used the same SQL at once (a nested query); one statement is enough.
        replaced.close();
      }
      if (bySql.size() > PER_CONNECTION) {
        Iterator<PreparedStatement> eldest = bySql.values().iterator();
        PreparedStatement evicted = eldest.next();
        eldest.remove();
        evicted.close();
      }
    }

    int size() {
      return bySql.size();
    }
  }
}
