package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moving many tasks at once: {@code addAll} in one transaction (all or nothing, fast enough for an
 * import of 100,000 rows) and {@code scan} streaming from one snapshot.
 */
@Timeout(120)
class SqliteTaskBulkTest {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteTaskBulkTest.class);
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final int HUNDRED_THOUSAND = 100_000;

  @TempDir Path dir;

  private SqliteDatabase database;
  private UserId admin;
  private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

  @BeforeEach
  void open() {
    database = SqliteDatabase.open(SqliteSettings.of(dir.resolve("tasks.db")));
    admin = SqliteChild.addAdmin(database);
  }

  @AfterEach
  void close() {
    otherThread.shutdownNow();
    database.close();
  }

  @Test
  void addAllStoresAHundredThousandTasks_andScanStreamsThemInOrder() {
    long started = System.nanoTime();
    long added = database.tasks().addAll(generated(HUNDRED_THOUSAND, this::varied));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LOG.info("addAll stored {} tasks in {} ms", added, took.toMillis());

    assertThat(added).isEqualTo(HUNDRED_THOUSAND);
    assertThat(total(TaskFilter.ALL)).isEqualTo(HUNDRED_THOUSAND);
    OrderCheck scanned = new OrderCheck();
    database.tasks().scan(TaskFilter.ALL, scanned);
    assertThat(scanned.count).isEqualTo(HUNDRED_THOUSAND);
    assertThat(scanned.outOfOrder).isZero();
  }

  @Test
  void addAllStoresNothing_whenTheIteratorThrowsAfterManyRows() {
    InvalidInputException broken = InvalidInputException.field("title", "is broken on line 5501");

    assertThatThrownBy(() -> database.tasks().addAll(failingAfter(5_500, broken))).isSameAs(broken);
    assertThat(total(TaskFilter.ALL)).isZero();
    assertWritesStillWork();
  }

  @Test
  void addAllStoresNothing_whenAWriteFailsAfterManyRows() {
    UserId nobody = new UserId(UUID.randomUUID());
    Iterator<Task> rows =
        generated(3_000, i -> SqliteChild.task("task " + i, i == 2_500 ? nobody : admin));

    assertThatThrownBy(() -> database.tasks().addAll(rows))
        .hasRootCauseMessage(
            "[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed"
                + " (FOREIGN KEY constraint failed)");
    assertThat(total(TaskFilter.ALL)).isZero();
    assertWritesStillWork();
  }

  @Test
  void addAllStoresNothing_whenTheIteratorThrowsAnError() {
    AssertionError error = new AssertionError("the iterator's bug");

    assertThatThrownBy(() -> database.tasks().addAll(failingAfter(1_500, error))).isSameAs(error);
    assertThat(total(TaskFilter.ALL)).isZero();
    assertWritesStillWork();
  }

  @Test
  void addAllOfNothing_addsNothing() {
    assertThat(database.tasks().addAll(List.<Task>of().iterator())).isZero();
  }

  @Test
  void scanSeesOneSnapshot_whenAnotherThreadAddsATaskMidScan() {
    for (int i = 0; i < 3; i++) {
      database.tasks().add(task("before " + i, T0.plusSeconds(i)));
    }
    Task late = task("added mid-scan", T0.plusSeconds(60));
    List<String> seen = new ArrayList<>();

    database
        .tasks()
        .scan(
            TaskFilter.ALL,
            task -> {
              seen.add(task.title());
              if (seen.size() == 1) {
                // On another connection; a scan that held a write lock would make this time out.
                awaitOnOtherThread(() -> database.tasks().add(late));
              }
            });

    assertThat(seen).containsExactly("before 0", "before 1", "before 2");
    assertThat(database.tasks().findById(late.id())).contains(late);
  }

  @Test
  void scanBreaksTiesById_andFiltersByPriorityAndAssignee() {
    List<Task> sameTime = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Task task =
          Task.create(
              new TaskId(UUID.randomUUID()),
              "same time " + i,
              null,
              TaskStatus.PENDING,
              Priority.HIGH,
              null,
              "ann",
              admin,
              T0);
      sameTime.add(task);
      database.tasks().add(task);
    }
    database.tasks().add(task("low, nobody's", T0.minusSeconds(1)));
    List<TaskId> scanned = new ArrayList<>();

    database.tasks().scan(new TaskFilter(null, Priority.HIGH, "ann"), t -> scanned.add(t.id()));

    assertThat(scanned)
        .containsExactlyElementsOf(
            sameTime.stream()
                .map(Task::id)
                .sorted(Comparator.comparing(id -> id.value().toString()))
                .toList());
  }

  @Test
  void scanPassesOnWhatTheSinkThrows_unchanged() {
    database.tasks().add(task("one", T0));
    UncheckedIOException full = new UncheckedIOException(new IOException("disk full"));

    assertThatThrownBy(
            () ->
                database
                    .tasks()
                    .scan(
                        TaskFilter.ALL,
                        task -> {
                          throw full;
                        }))
        .isSameAs(full);
    assertWritesStillWork();
  }

  /** The write lock and the pooled connections are free: no transaction was left open. */
  private void assertWritesStillWork() {
    for (int i = 0; i <= SqliteSettings.DEFAULT_POOL_SIZE; i++) {
      Task task = task("after " + i, T0);
      database.tasks().add(task);
      assertThat(database.tasks().findById(task.id())).contains(task);
    }
  }

  private long total(TaskFilter filter) {
    return database.tasks().find(filter, TaskSort.NEWEST_FIRST, new PageRequest(1, 1)).total();
  }

  private Task task(String title, Instant at) {
    return Task.create(
        new TaskId(UUID.randomUUID()),
        title,
        null,
        TaskStatus.PENDING,
        Priority.LOW,
        null,
        null,
        admin,
        at);
  }

  /** A task as an import makes them: several share an instant, every field in use somewhere. */
  private Task varied(int i) {
    return Task.create(
        new TaskId(UUID.randomUUID()),
        "Imported task " + i,
        i % 2 == 0 ? null : "Line " + i + " of the import",
        TaskStatus.values()[i % TaskStatus.values().length],
        Priority.values()[i % Priority.values().length],
        null,
        i % 5 == 0 ? null : "user" + (i % 50),
        admin,
        T0.plusMillis(i / 10));
  }

  /** {@code count} tasks, each made only when asked for, as an import reads its file. */
  private static Iterator<Task> generated(int count, IntFunction<Task> make) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Task next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return make.apply(next++);
      }
    };
  }

  /** Yields {@code good} tasks and then throws {@code failure} (unchecked) for the next. */
  private Iterator<Task> failingAfter(int good, Throwable failure) {
    Iterator<Task> tasks = generated(good, i -> task("task " + i, T0));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Task next() {
        if (tasks.hasNext()) {
          return tasks.next();
        }
        if (failure instanceof RuntimeException e) {
          throw e;
        }
        throw (Error) failure;
      }
    };
  }

  private void awaitOnOtherThread(Runnable work) {
    try {
      otherThread.submit(work).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("The other thread's work failed", e);
    }
  }

  /** Counts tasks and the times one came before the task it follows (oldest first, then id). */
  private static final class OrderCheck implements Consumer<Task> {
    private static final Comparator<Task> OLDEST_FIRST =
        Comparator.comparing(Task::createdAt).thenComparing(t -> t.id().value().toString());

    private long count;
    private long outOfOrder;
    private Task previous;

    @Override
    public void accept(Task task) {
      if (previous != null && OLDEST_FIRST.compare(previous, task) > 0) {
        outOfOrder++;
      }
      previous = task;
      count++;
    }
  }
}
