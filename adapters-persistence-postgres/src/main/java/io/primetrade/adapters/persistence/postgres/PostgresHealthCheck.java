package io.primetrade.adapters.persistence.postgres;

import io.primetrade.application.port.out.HealthCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a pooled connection can run a query on the server, within the pool's connection timeout
 * and a query timeout of {@value #QUERY_TIMEOUT_SECONDS} seconds.
 */
final class PostgresHealthCheck implements HealthCheck {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresHealthCheck.class);
  private static final int QUERY_TIMEOUT_SECONDS = 2;

  private final DataSource dataSource;

  PostgresHealthCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String component() {
    return "database";
  }

  @Override
  public boolean isUp() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet result = statement.executeQuery("SELECT 1")) {
        return result.next() && result.getInt(1) == 1;
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("The database does not answer: {}", e.toString());
      return false;
    }
  }
}
