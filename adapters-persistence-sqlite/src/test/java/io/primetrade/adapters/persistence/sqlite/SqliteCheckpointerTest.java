package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The background checkpointer copies committed writes into the database file by itself. */
@Timeout(60)
class SqliteCheckpointerTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  @TempDir Path dir;

  @Test
  void committedWrites_reachTheDatabaseFileWithoutTheWriterCheckpointing() throws Exception {
    Path file = dir.resolve("checkpointed.db");
    Path copy = dir.resolve("copy.db");
    try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file))) {
      for (int i = 0; i < 20; i++) {
        database
            .users()
            .add(
                User.register(
                    new UserId(UUID.randomUUID()),
                    new Username("user" + i),
                    new Email("user" + i + "@example.com"),
                    "insecure:password1",
                    Role.USER,
                    T0));
      }
      // Far below the writer's own threshold: only the background thread copies these pages.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!database.checkpointer().caughtUp() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(database.checkpointer().caughtUp()).isTrue();
      // The database file alone, without its log, now holds the writes.
      Files.copy(file, copy);
    }

    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
        ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM users")) {
      assertThat(count.next()).isTrue();
      assertThat(count.getLong(1)).isEqualTo(20);
    }
  }
}
