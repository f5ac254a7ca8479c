package io.primetrade.adapters.persistence.postgres;

import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.TaskRepositoryContract;
import io.primetrade.application.port.out.UserRepository;
import org.junit.jupiter.api.AfterEach;

class PostgresTaskRepositoryTest extends TaskRepositoryContract {
  private PostgresDatabase database;

  @Override
  protected TaskRepository tasks() {
    return database().tasks();
  }

  @Override
  protected UserRepository users() {
    return database().users();
  }

  /** A new database per test, opened on first use: the contract's set-up runs first. */
  private PostgresDatabase database() {
    if (database == null) {
      database = PostgresDatabase.open(TestPostgres.shared().newDatabase().settings());
    }
    return database;
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }
}
