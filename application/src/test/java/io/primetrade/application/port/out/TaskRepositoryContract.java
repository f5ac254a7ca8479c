package io.primetrade.application.port.out;

import static io.primetrade.application.testing.Fixtures.task;
import static io.primetrade.application.testing.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskPatch;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaskRepository} does. Subclasses hand over empty repositories; the fake and
 * each real adapter run the same tests, so they cannot drift apart.
 */
public abstract class TaskRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final PageRequest FIRST_PAGE = new PageRequest(1, 20);

  private UserId admin;

  /** An empty task repository, new for each test, with the users it may refer to. */
  protected abstract TaskRepository tasks();

  /** The user repository that goes with {@link #tasks()}. */
  protected abstract UserRepository users();

  @BeforeEach
  void addAdmin() {
    User user = user("admin", Role.ADMIN, T0);
    users().add(user);
    admin = user.id();
  }

  private Task add(Task task) {
    tasks().add(task);
    return task;
  }

  private Task at(String title, int second) {
    return add(task(title, admin, T0.plusSeconds(second)));
  }

  private List<String> titles(TaskFilter filter, TaskSort sort) {
    return tasks().find(filter, sort, FIRST_PAGE).items().stream().map(Task::title).toList();
  }

  @Test
  void findsAddedTaskById_withEveryField() {
    Task task =
        add(
            task(
                "Write the report",
                TaskStatus.IN_PROGRESS,
                Priority.HIGH,
                new DueDate(Instant.parse("2026-12-01T17:00:00.123Z")),
                "ann",
                admin,
                T0));

    assertThat(tasks().findById(task.id())).contains(task);
  }

  @Test
  void findsTaskWithoutOptionalFields_asItWasAdded() {
    Task task = at("Bare task", 0);

    assertThat(tasks().findById(task.id())).contains(task);
  }

  @Test
  void findsNothing_forUnknownId() {
    at("Something", 0);

    assertThat(tasks().findById(new TaskId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void replaceSucceeds_onCurrentVersion() {
    Task task = at("Before", 0);
    Task updated =
        task.apply(
            new TaskPatch("After", null, TaskStatus.COMPLETED, null, null, "bob", Set.of()),
            T0.plusSeconds(5));

    assertThat(tasks().replace(updated, task.version())).isTrue();
    assertThat(tasks().findById(task.id())).contains(updated);
  }

  @Test
  void replaceFailsOnOldVersion_andChangesNothing() {
    Task task = at("Before", 0);
    Task first = task.apply(patchTitle("First"), T0.plusSeconds(1));
    Task second = task.apply(patchTitle("Second"), T0.plusSeconds(2));
    assertThat(tasks().replace(first, task.version())).isTrue();

    assertThat(tasks().replace(second, task.version())).isFalse();
    assertThat(tasks().findById(task.id())).contains(first);
  }

  @Test
  void replaceFails_whenTaskIsGone() {
    Task task = task("Never stored", admin, T0);

    assertThat(tasks().replace(task.apply(patchTitle("Changed"), T0), task.version())).isFalse();
    assertThat(tasks().findById(task.id())).isEmpty();
  }

  @Test
  void removeSucceeds_onCurrentVersion() {
    Task task = at("Doomed", 0);

    assertThat(tasks().remove(task.id(), task.version())).isTrue();
    assertThat(tasks().findById(task.id())).isEmpty();
  }

  @Test
  void removeFailsOnOldVersion_andKeepsTask() {
    Task task = at("Kept", 0);
    Task updated = task.apply(patchTitle("Kept, changed"), T0.plusSeconds(1));
    tasks().replace(updated, task.version());

    assertThat(tasks().remove(task.id(), task.version())).isFalse();
    assertThat(tasks().findById(task.id())).contains(updated);
  }

  @Test
  void listsNewestFirst_byDefault() {
    at("oldest", 0);
    at("middle", 1);
    at("newest", 2);

    assertThat(titles(TaskFilter.ALL, TaskSort.NEWEST_FIRST))
        .containsExactly("newest", "middle", "oldest");
    assertThat(titles(TaskFilter.ALL, TaskSort.parse("createdAt")))
        .containsExactly("oldest", "middle", "newest");
  }

  @Test
  void pagesThroughAllTasks_withTotal() {
    for (int i = 0; i < 5; i++) {
      at("task " + i, i);
    }

    Page<Task> second = tasks().find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(2, 2));
    Page<Task> beyond = tasks().find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(9, 2));

    assertThat(second.items()).extracting(Task::title).containsExactly("task 2", "task 1");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.request()).isEqualTo(new PageRequest(2, 2));
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void filtersByStatusPriorityAndAssignee_together() {
    add(task("match", TaskStatus.IN_PROGRESS, Priority.HIGH, null, "ann", admin, T0));
    add(task("other status", TaskStatus.PENDING, Priority.HIGH, null, "ann", admin, T0));
    add(task("other priority", TaskStatus.IN_PROGRESS, Priority.LOW, null, "ann", admin, T0));
    add(task("other person", TaskStatus.IN_PROGRESS, Priority.HIGH, null, "bob", admin, T0));
    add(task("nobody's", TaskStatus.IN_PROGRESS, Priority.HIGH, null, null, admin, T0));

    Page<Task> page =
        tasks()
            .find(
                new TaskFilter(TaskStatus.IN_PROGRESS, Priority.HIGH, "ann"),
                TaskSort.NEWEST_FIRST,
                FIRST_PAGE);

    assertThat(page.items()).extracting(Task::title).containsExactly("match");
    assertThat(page.total()).isEqualTo(1);
    assertThat(titles(new TaskFilter(TaskStatus.IN_PROGRESS, null, null), TaskSort.NEWEST_FIRST))
        .hasSize(4);
    assertThat(titles(new TaskFilter(null, Priority.LOW, null), TaskSort.NEWEST_FIRST))
        .containsExactly("other priority");
    assertThat(titles(new TaskFilter(null, null, "bob"), TaskSort.NEWEST_FIRST))
        .containsExactly("other person");
  }

  @Test
  void sortsByPriority_byUrgencyNotAlphabet() {
    add(task("medium", TaskStatus.PENDING, Priority.MEDIUM, null, null, admin, T0));
    add(task("high", TaskStatus.PENDING, Priority.HIGH, null, null, admin, T0.plusSeconds(1)));
    add(task("low", TaskStatus.PENDING, Priority.LOW, null, null, admin, T0.plusSeconds(2)));

    assertThat(titles(TaskFilter.ALL, TaskSort.parse("priority")))
        .containsExactly("low", "medium", "high");
    assertThat(titles(TaskFilter.ALL, TaskSort.parse("-priority")))
        .containsExactly("high", "medium", "low");
  }

  @Test
  void sortsByTitle_ignoringAsciiCase() {
    at("banana", 0);
    at("Cherry", 1);
    at("apple", 2);

    assertThat(titles(TaskFilter.ALL, TaskSort.parse("title")))
        .containsExactly("apple", "banana", "Cherry");
    assertThat(titles(TaskFilter.ALL, TaskSort.parse("-title")))
        .containsExactly("Cherry", "banana", "apple");
  }

  @Test
  void sortsByDueDate_withUndatedTasksLastEitherWay() {
    Instant day = Instant.parse("2026-12-01T00:00:00Z");
    add(task("undated", TaskStatus.PENDING, Priority.LOW, null, null, admin, T0));
    add(task("later", TaskStatus.PENDING, Priority.LOW, due(day, 2), null, admin, T0));
    add(task("sooner", TaskStatus.PENDING, Priority.LOW, due(day, 1), null, admin, T0));

    assertThat(titles(TaskFilter.ALL, TaskSort.parse("dueDate")))
        .containsExactly("sooner", "later", "undated");
    assertThat(titles(TaskFilter.ALL, TaskSort.parse("-dueDate")))
        .containsExactly("later", "sooner", "undated");
  }

  @Test
  void breaksTies_newestFirstThenById() {
    Task a = add(task("same", admin, T0));
    Task b = add(task("same", admin, T0));
    Task c = add(task("same", admin, T0.plusSeconds(1)));
    List<TaskId> sameTimeByIdDescending =
        List.of(a, b).stream()
            .map(Task::id)
            .sorted((x, y) -> y.value().toString().compareTo(x.value().toString()))
            .toList();

    List<TaskId> order =
        tasks().find(TaskFilter.ALL, TaskSort.parse("title"), FIRST_PAGE).items().stream()
            .map(Task::id)
            .toList();

    assertThat(order)
        .containsExactly(c.id(), sameTimeByIdDescending.get(0), sameTimeByIdDescending.get(1));
  }

  @Test
  void addAllStoresEveryTask_inOneGo() {
    List<Task> batch =
        List.of(task("one", admin, T0), task("two", admin, T0), task("three", admin, T0));

    assertThat(tasks().addAll(batch.iterator())).isEqualTo(3);
    for (Task task : batch) {
      assertThat(tasks().findById(task.id())).contains(task);
    }
  }

  @Test
  void addAllStoresNothing_whenTheRowsFailMidway() {
    Task first = task("first", admin, T0);
    Iterator<Task> failing =
        new Iterator<>() {
          private int given;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Task next() {
            if (given++ == 0) {
              return first;
            }
            throw InvalidInputException.field("title", "is broken on line 2");
          }
        };

    assertThatThrownBy(() -> tasks().addAll(failing)).isInstanceOf(InvalidInputException.class);
    assertThat(tasks().findById(first.id())).isEmpty();
    assertThat(tasks().find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, FIRST_PAGE).total()).isZero();
  }

  @Test
  void scanGivesMatchingTasks_oldestFirst() {
    add(task("later", TaskStatus.PENDING, Priority.LOW, null, "ann", admin, T0.plusSeconds(2)));
    add(task("earlier", TaskStatus.PENDING, Priority.LOW, null, "ann", admin, T0.plusSeconds(1)));
    add(task("done", TaskStatus.COMPLETED, Priority.LOW, null, "ann", admin, T0));
    List<String> all = new ArrayList<>();
    List<String> pending = new ArrayList<>();

    tasks().scan(TaskFilter.ALL, t -> all.add(t.title()));
    tasks().scan(new TaskFilter(TaskStatus.PENDING, null, null), t -> pending.add(t.title()));

    assertThat(all).containsExactly("done", "earlier", "later");
    assertThat(pending).containsExactly("earlier", "later");
  }

  @Test
  void anyCreatedBy_tellsWhetherAUserCreatedTasks() {
    User other = user("other", Role.ADMIN, T0);
    users().add(other);
    at("mine", 0);

    assertThat(tasks().anyCreatedBy(admin)).isTrue();
    assertThat(tasks().anyCreatedBy(other.id())).isFalse();
  }

  private static DueDate due(Instant day, int plusDays) {
    return new DueDate(day.plus(Duration.ofDays(plusDays)));
  }

  private static TaskPatch patchTitle(String title) {
    return new TaskPatch(title, null, null, null, null, null, Set.of());
  }
}
