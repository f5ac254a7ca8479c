package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskField;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskPatch;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The totals of task listings come from the counts migration V5's triggers keep; after any mix of
 * creates, changes and deletes they must equal what counting the tasks gives, for every filter.
 */
@Timeout(60)
class TaskCountsTest {
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private static final String[] ASSIGNEES = {null, "ann", "bob", "cy"};
  private static final String ADMIN_ID = "00000000-0000-0000-0000-000000000001";

  @TempDir Path dir;

  @Test
  void totals_matchACountOfTheTasks_afterCreatesChangesAndDeletes() {
    Random random = new Random(7);
    try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(dir.resolve("c.db")))) {
      UserId admin = SqliteChild.addAdmin(database);
      List<Task> tasks = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        Task task = randomTask(random, admin, "Task " + i);
        database.tasks().add(task);
        tasks.add(task);
      }
      for (int i = 0; i < 80; i++) {
        int at = random.nextInt(tasks.size());
        Task before = tasks.get(at);
        String assignee = pick(random, ASSIGNEES);
        TaskPatch patch =
            new TaskPatch(
                random.nextBoolean() ? "Renamed " + i : null,
                null,
                pick(random, TaskStatus.values()),
                pick(random, Priority.values()),
                null,
                assignee,
                assignee == null && random.nextBoolean()
                    ? Set.of(TaskField.ASSIGNED_TO)
                    : Set.of());
        Task after = before.apply(patch, T0.plusSeconds(i));
        assertThat(database.tasks().replace(after, before.version())).isTrue();
        tasks.set(at, after);
      }
      for (int i = 0; i < 30; i++) {
        Task gone = tasks.remove(random.nextInt(tasks.size()));
        assertThat(database.tasks().remove(gone.id(), gone.version())).isTrue();
      }

      assertTotalsMatchTheTasks(database);
    }
  }

  @Test
  void aDatabaseWithTasks_getsItsCountsWhenMigrated() {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file;
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(SqliteDatabase.MIGRATIONS)
        .target("4")
        .load()
        .migrate();
    Jdbi.create(url)
        .useHandle(
            handle -> {
              handle.execute(
                  "INSERT INTO users (id, username, email, password_hash, role, created_at,"
                      + " updated_at) VALUES (?, 'ann', 'ann@example.com', 'insecure:x', 'admin',"
                      + " 1, 1)",
                  ADMIN_ID);
              for (int i = 0; i < 30; i++) {
                handle.execute(
                    "INSERT INTO tasks (id, title, status, priority, assigned_to, created_by,"
                        + " created_at, updated_at, version) VALUES (?, 'Old task', ?, ?, ?, ?,"
                        + " ?, ?, 1)",
                    UUID.randomUUID().toString(),
                    TaskStatus.values()[i % 3].code(),
                    Priority.values()[i / 3 % 3].code(),
                    ASSIGNEES[i % 4],
                    ADMIN_ID,
                    i,
                    i);
              }
            });

    try (SqliteDatabase database = SqliteDatabase.open(SqliteSettings.of(file))) {
      assertThat(total(database, TaskFilter.ALL)).isEqualTo(30);
      assertTotalsMatchTheTasks(database);
    }
  }

  /** Every combination of the three filters, each against a count of the tasks themselves. */
  private static void assertTotalsMatchTheTasks(SqliteDatabase database) {
    Jdbi jdbi = Jdbi.create(database.dataSource());
    List<TaskStatus> statuses = new ArrayList<>(Arrays.asList(TaskStatus.values()));
    statuses.add(null);
    List<Priority> priorities = new ArrayList<>(Arrays.asList(Priority.values()));
    priorities.add(null);
    for (TaskStatus status : statuses) {
      for (Priority priority : priorities) {
        for (String assignee : Arrays.asList(null, "ann", "bob", "cy", "nobody", "")) {
          long counted =
              jdbi.withHandle(
                  handle ->
                      handle
                          .createQuery(
                              "SELECT count(*) FROM tasks WHERE (:status IS NULL OR status ="
                                  + " :status) AND (:priority IS NULL OR priority = :priority)"
                                  + " AND (:assignee IS NULL OR assigned_to = :assignee)")
                          .bind("status", status == null ? null : status.code())
                          .bind("priority", priority == null ? null : priority.code())
                          .bind("assignee", assignee)
                          .mapTo(Long.class)
                          .one());
          TaskFilter filter = new TaskFilter(status, priority, assignee);
          assertThat(total(database, filter)).as(filter.toString()).isEqualTo(counted);
        }
      }
    }
  }

  private static long total(SqliteDatabase database, TaskFilter filter) {
    // Far beyond the last page: the total then comes from the count query alone.
    long beyond =
        database.tasks().find(filter, TaskSort.NEWEST_FIRST, new PageRequest(50, 20)).total();
    long first =
        database.tasks().find(filter, TaskSort.NEWEST_FIRST, new PageRequest(1, 20)).total();
    assertThat(beyond).isEqualTo(first);
    return first;
  }

  private static Task randomTask(Random random, UserId creator, String title) {
    return Task.create(
        new TaskId(UUID.randomUUID()),
        title,
        null,
        pick(random, TaskStatus.values()),
        pick(random, Priority.values()),
        null,
        pick(random, ASSIGNEES),
        creator,
        T0);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
