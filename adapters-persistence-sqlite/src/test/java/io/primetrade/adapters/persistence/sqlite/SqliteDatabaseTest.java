package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.DomainException;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqliteDatabaseTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  @TempDir Path dir;

  private Path file;
  private SqliteDatabase database;

  @BeforeEach
  void open() {
    file = dir.resolve("tasks.db");
    database = SqliteDatabase.open(SqliteSettings.of(file));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void setsPragmas_onEveryPooledConnection() throws SQLException {
    List<Connection> held = new ArrayList<>();
    try {
      // Holding them all at once makes the pool hand out each of its connections.
      for (int i = 0; i < SqliteSettings.DEFAULT_POOL_SIZE; i++) {
        held.add(database.dataSource().getConnection());
      }
      for (Connection connection : held) {
        assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
        assertThat(pragma(connection, "busy_timeout")).isEqualTo("5000");
        assertThat(pragma(connection, "synchronous")).isEqualTo("1");
        assertThat(connection.getAutoCommit()).isTrue();
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }

  @Test
  void keepsData_acrossCloseAndReopen() {
    User ann = user("ann");
    database.users().add(ann);
    Task task =
        Task.create(
            new TaskId(UUID.randomUUID()),
            "Survive a restart",
            "with every field",
            TaskStatus.IN_PROGRESS,
            Priority.HIGH,
            new DueDate(T0.plusSeconds(3600)),
            "ann",
            ann.id(),
            T0);
    database.tasks().add(task);
    database.close();

    database = SqliteDatabase.open(SqliteSettings.of(file));

    assertThat(database.users().findByEmail(ann.email())).contains(ann);
    assertThat(database.tasks().findById(task.id())).contains(task);
  }

  @Test
  void storesCodesAsTextAndInstantsAsMillis() {
    User ann = user("ann");
    database.users().add(ann);
    Task task =
        Task.create(
            new TaskId(UUID.randomUUID()),
            "Look at the row",
            null,
            TaskStatus.IN_PROGRESS,
            Priority.LOW,
            new DueDate(T0),
            null,
            ann.id(),
            T0);
    database.tasks().add(task);

    Map<String, Object> row =
        jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT id, status, priority, priority_rank, due_date, created_at,"
                                + " typeof(created_at) AS created_at_type FROM tasks")
                        .mapToMap()
                        .one());

    assertThat(row)
        .containsEntry("id", task.id().value().toString())
        .containsEntry("status", "in-progress")
        .containsEntry("priority", "low")
        .containsEntry("priority_rank", 0)
        .containsEntry("due_date", T0.toEpochMilli())
        .containsEntry("created_at", T0.toEpochMilli())
        .containsEntry("created_at_type", "integer");
  }

  @Test
  void computesPriorityRank_asTheListingFilterExpects() {
    User ann = user("ann");
    database.users().add(ann);
    for (Priority priority : Priority.values()) {
      Task task =
          Task.create(
              new TaskId(UUID.randomUUID()),
              "Priority " + priority.code(),
              null,
              null,
              priority,
              null,
              null,
              ann.id(),
              T0);
      database.tasks().add(task);

      int rank =
          jdbi()
              .withHandle(
                  handle ->
                      handle
                          .createQuery("SELECT priority_rank FROM tasks WHERE id = :id")
                          .bind("id", task.id().value().toString())
                          .mapTo(Integer.class)
                          .one());

      assertThat(rank).as(priority.code()).isEqualTo(TaskRow.priorityRank(priority));
      assertThat(
              database
                  .tasks()
                  .find(
                      new TaskFilter(null, priority, null),
                      TaskSort.NEWEST_FIRST,
                      new PageRequest(1, 10))
                  .items())
          .containsExactly(task);
    }
  }

  @Test
  void refusesDuplicateEmail_withConflictNamingTheEmail() {
    database.users().add(user("ann"));
    User sameEmail =
        new User(
            new UserId(UUID.randomUUID()),
            new Username("other"),
            new Email("ANN@example.com"),
            "insecure:x",
            Role.USER,
            true,
            T0,
            T0);

    assertThatThrownBy(() -> database.users().add(sameEmail))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo(UserRepository.EMAIL_TAKEN);
              assertThat(e.getMessage()).isEqualTo("Email is already registered");
            });
  }

  @Test
  void refusesDuplicateUsername_withConflictNamingTheUsername() {
    database.users().add(user("ann"));
    User sameName =
        new User(
            new UserId(UUID.randomUUID()),
            new Username("ann"),
            new Email("other@example.com"),
            "insecure:x",
            Role.USER,
            true,
            T0,
            T0);

    assertThatThrownBy(() -> database.users().add(sameName))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo(UserRepository.USERNAME_TAKEN);
              assertThat(e.getMessage()).isEqualTo("Username is already taken");
            });
  }

  @Test
  void refusesTask_createdByUnknownUser() {
    Task orphan = SqliteChild.task("Nobody made me", new UserId(UUID.randomUUID()));

    assertThatThrownBy(() -> database.tasks().add(orphan))
        .isNotInstanceOf(UnavailableException.class)
        .isNotInstanceOf(DomainException.class)
        .satisfies(
            e ->
                assertThat(sqliteCause(e).getResultCode())
                    .isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY));
    assertThat(database.tasks().findById(orphan.id())).isEmpty();
  }

  @Test
  void removeRefusesUserWhoCreatedTasks_andKeepsThem() {
    User ann = user("ann");
    database.users().add(ann);
    Task task = SqliteChild.task("Still here", ann.id());
    database.tasks().add(task);

    assertThatThrownBy(() -> database.users().remove(ann.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo(UserRepository.HAS_TASKS);
              assertThat(e.getMessage())
                  .isEqualTo("The user created tasks that remain; deactivate the account instead");
            });
    assertThat(database.users().findById(ann.id())).contains(ann);
    assertThat(database.tasks().anyCreatedBy(ann.id())).isTrue();

    assertThat(database.tasks().remove(task.id(), task.version())).isTrue();
    assertThat(database.tasks().anyCreatedBy(ann.id())).isFalse();
    assertThat(database.users().remove(ann.id())).isTrue();
    assertThat(database.users().findById(ann.id())).isEmpty();
  }

  @Test
  void replaceRefusesAnotherUsersEmail_andChangesNothing() {
    User ann = user("ann");
    User bob = user("bob");
    database.users().add(ann);
    database.users().add(bob);
    User bobAsAnn =
        new User(
            bob.id(),
            bob.username(),
            new Email("ANN@example.com"),
            bob.passwordHash(),
            bob.role(),
            false,
            bob.createdAt(),
            T0.plusSeconds(1));

    assertThatThrownBy(() -> database.users().replace(bobAsAnn))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(UserRepository.EMAIL_TAKEN));
    assertThat(database.users().findById(bob.id())).contains(bob);
  }

  @Test
  void storesActiveAsOneOrZero() {
    User ann = user("ann");
    database.users().add(ann);
    database.users().replace(ann.withActive(false, T0.plusSeconds(1)));

    Map<String, Object> row =
        jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery("SELECT active, typeof(active) AS type FROM users")
                        .mapToMap()
                        .one());

    assertThat(row).containsEntry("active", 0).containsEntry("type", "integer");
  }

  @Test
  void healthCheck_isUpWhileOpen() {
    assertThat(database.healthCheck().component()).isEqualTo("database");
    assertThat(database.healthCheck().isUp()).isTrue();
  }

  @Test
  void healthCheck_isDownAfterClose() {
    database.close();

    assertThat(database.healthCheck().isUp()).isFalse();
  }

  @Test
  void repositoriesThrowUnavailable_afterClose() {
    User ann = user("ann");
    database.users().add(ann);
    Task task = SqliteChild.task("Unreachable", ann.id());
    database.close();

    assertThatThrownBy(() -> database.users().findById(ann.id()))
        .isInstanceOf(UnavailableException.class)
        .hasMessage("The database is unavailable");
    assertThatThrownBy(() -> database.users().add(user("bob")))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> database.tasks().add(task)).isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> database.tasks().replace(task, 1))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(
            () ->
                database
                    .tasks()
                    .find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(1, 10)))
        .isInstanceOf(UnavailableException.class);
  }

  @Test
  void openThrowsUnavailable_whenTheDirectoryCannotBeMade() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");

    assertThatThrownBy(
            () -> SqliteDatabase.open(SqliteSettings.of(notADirectory.resolve("tasks.db"))))
        .isInstanceOf(UnavailableException.class);
  }

  @Test
  void openThrowsUnavailable_whenTheFileCannotBeOpened() throws Exception {
    Path directory = Files.createDirectory(dir.resolve("a-directory.db"));

    assertThatThrownBy(() -> SqliteDatabase.open(SqliteSettings.of(directory)))
        .isInstanceOf(UnavailableException.class);
  }

  private Jdbi jdbi() {
    return Jdbi.create(database.dataSource());
  }

  private static User user(String name) {
    return User.register(
        new UserId(UUID.randomUUID()),
        new Username(name),
        new Email(name + "@example.com"),
        "insecure:password1",
        Role.USER,
        T0);
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA " + name)) {
      assertThat(result.next()).isTrue();
      return result.getString(1);
    }
  }

  private static SQLiteException sqliteCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite) {
        return sqlite;
      }
    }
    throw new AssertionError("No SQLiteException in the chain of " + e, e);
  }
}
