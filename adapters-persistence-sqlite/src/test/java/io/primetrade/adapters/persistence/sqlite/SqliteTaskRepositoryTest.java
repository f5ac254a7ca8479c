package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.TaskRepositoryContract;
import io.primetrade.application.port.out.UserRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteTaskRepositoryTest extends TaskRepositoryContract {
  @TempDir Path dir;

  private SqliteDatabase database;

  @Override
  protected TaskRepository tasks() {
    return database().tasks();
  }

  @Override
  protected UserRepository users() {
    return database().users();
  }

  /** Opened on first use: the contract's own set-up runs before a subclass's. */
  private SqliteDatabase database() {
    if (database == null) {
      database = SqliteDatabase.open(SqliteSettings.of(dir.resolve("tasks.db")));
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
