package io.primetrade.adapters.persistence.postgres;

import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.port.out.UserRepositoryContract;
import org.junit.jupiter.api.AfterEach;

class PostgresUserRepositoryTest extends UserRepositoryContract {
  private PostgresDatabase database;

  /** A new database per test, opened on first use. */
  @Override
  protected UserRepository users() {
    if (database == null) {
      database = PostgresDatabase.open(TestPostgres.shared().newDatabase().settings());
    }
    return database.users();
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }
}
