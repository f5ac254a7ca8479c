package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.port.out.UserRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteUserRepositoryTest extends UserRepositoryContract {
  @TempDir Path dir;

  private SqliteDatabase database;

  /** Opened on first use: the contract's own set-up runs before a subclass's. */
  @Override
  protected UserRepository users() {
    if (database == null) {
      database = SqliteDatabase.open(SqliteSettings.of(dir.resolve("users.db")));
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
