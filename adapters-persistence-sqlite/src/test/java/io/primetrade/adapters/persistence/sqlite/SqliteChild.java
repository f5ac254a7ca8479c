package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The main class of the second JVM that some tests start, playing another server process on the
 * same database file.
 *
 * <p>It loads its classes and SQLite's native library, says {@code ready}, waits for {@code go},
 * and then does what its arguments say:
 *
 * <ul>
 *   <li>{@code open <file>}: opens the database and closes it;
 *   <li>{@code write <file> <creator id> <count>}: adds tasks titled {@code child 0}, {@code child
 *       1}...;
 *   <li>{@code write-until-killed <file> <creator id> <threads>}: adds tasks titled {@code t/i}
 *       from that many threads, saying {@code acked t/i} once each add has returned, until killed;
 *   <li>{@code hold-migration-lock <file>}: takes the migration lock, says {@code locked}, and
 *       keeps it until told {@code release}.
 * </ul>
 *
 * <p>It talks to the test in lines on standard output and standard input: that is the handshake
 * channel, not logging. Any failure ends it with an exception on standard error and a non-zero exit
 * code.
 */
final class SqliteChild {
  static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  private static final BufferedReader FROM_TEST =
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

  private SqliteChild() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path file = Path.of(args[1]);
    try (Connection warmUp = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      warmUp.createStatement().execute("SELECT 1");
    }
    say("ready");
    await("go");
    switch (mode) {
      case "open" -> SqliteDatabase.open(SqliteSettings.of(file)).close();
      case "write" -> write(file, UserId.parse(args[2], "creator"), Integer.parseInt(args[3]));
      case "write-until-killed" ->
          writeUntilKilled(file, UserId.parse(args[2], "creator"), Integer.parseInt(args[3]));
      case "hold-migration-lock" ->
          MigrationLock.callExclusively(
              file,
              () -> {
                say("locked");
                await("release");
                return null;
              });
      default -> throw new IllegalArgumentException("Unknown mode " + mode);
    }
  }

  private static void write(Path file, UserId creator, int count) {
    try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file))) {
      for (int i = 0; i < count; i++) {
        database.tasks().add(task("child " + i, creator));
      }
    }
  }

  /** Never returns: the test kills this JVM while its threads write. */
  private static void writeUntilKilled(Path file, UserId creator, int threads)
      throws InterruptedException {
    SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file));
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String prefix = t + "/";
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; ; i++) {
                  database.tasks().add(task(prefix + i, creator));
                  say("acked " + prefix + i);
                }
              });
      writer.start();
      writers.add(writer);
    }
    for (Thread writer : writers) {
      writer.join();
    }
  }

  static Task task(String title, UserId creator) {
    return Task.create(
        new TaskId(UUID.randomUUID()),
        title,
        null,
        TaskStatus.PENDING,
        Priority.MEDIUM,
        null,
        null,
        creator,
        T0);
  }

  /** Adds an admin account, as the tasks' creator must be one, and returns its id. */
  static UserId addAdmin(SqliteDatabase database) {
    User admin =
        User.register(
            new UserId(UUID.randomUUID()),
            new Username("admin"),
            new Email("admin@example.com"),
            "insecure:password1",
            Role.ADMIN,
            T0);
    database.users().add(admin);
    return admin.id();
  }

  private static synchronized void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static void await(String expected) {
    try {
      String line = FROM_TEST.readLine();
      if (!expected.equals(line)) {
        throw new IllegalStateException("Expected " + expected + " from the test, got " + line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
