package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskPatch;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.user.UserId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several writers on one file at once: threads of one pool, two pools (as two server processes
 * would have), and a second JVM. Nothing may fail and nothing may be lost.
 */
@Timeout(180)
class SqliteConcurrencyTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final int THREADS_PER_DATABASE = 4;

  /** Each round adds a task and changes the shared one. */
  private static final int ROUNDS_PER_THREAD = 25;

  @TempDir Path dir;

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void twoPoolsWritingAtOnce_neverFailAndLoseNothing() throws Exception {
    Path file = dir.resolve("tasks.db");
    try (SqliteDatabase first = open(file);
        SqliteDatabase second = open(file)) {
      UserId admin = SqliteChild.addAdmin(first);
      Task shared = SqliteChild.task("Shared task", admin);
      first.tasks().add(shared);
      AtomicInteger replaced = new AtomicInteger();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<TaskId>>> writers = new ArrayList<>();
      for (SqliteDatabase database : List.of(first, second)) {
        for (int t = 0; t < THREADS_PER_DATABASE; t++) {
          String prefix = (database == first ? "first " : "second ") + t + "/";
          Callable<List<TaskId>> writer =
              () -> {
                start.await();
                List<TaskId> added = new ArrayList<>();
                for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
                  Task task = SqliteChild.task(prefix + i, admin);
                  database.tasks().add(task);
                  added.add(task.id());
                  replaceUntilItSticks(database.tasks(), shared.id(), replaced);
                }
                return added;
              };
          writers.add(threads.submit(writer));
        }
      }

      start.countDown();
      List<TaskId> added = new ArrayList<>();
      for (Future<List<TaskId>> writer : writers) {
        added.addAll(writer.get(120, TimeUnit.SECONDS));
      }

      assertThat(added).hasSize(2 * THREADS_PER_DATABASE * ROUNDS_PER_THREAD);
      for (TaskId id : added) {
        assertThat(second.tasks().findById(id)).as("task %s", id).isPresent();
      }
      assertThat(replaced).hasValue(2 * THREADS_PER_DATABASE * ROUNDS_PER_THREAD);
      assertThat(first.tasks().findById(shared.id()))
          .get()
          .extracting(Task::version)
          .isEqualTo(replaced.get() + 1L);
    }
  }

  @Test
  void anotherProcessWritingAtOnce_neverFailsAndLosesNothing() throws Exception {
    Path file = dir.resolve("tasks.db");
    int perProcess = 100;
    try (SqliteDatabase database = open(file)) {
      UserId admin = SqliteChild.addAdmin(database);
      try (ChildJvm child =
          ChildJvm.start(
              dir, "write", file.toString(), admin.toString(), String.valueOf(perProcess))) {
        CountDownLatch start = new CountDownLatch(1);
        Future<?> mine =
            threads.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perProcess; i++) {
                    database.tasks().add(SqliteChild.task("parent " + i, admin));
                  }
                  return null;
                });

        child.go();
        start.countDown();
        mine.get(120, TimeUnit.SECONDS);
        child.assertSucceeds();
      }

      Set<String> titles = allTitles(database.tasks());
      assertThat(titles).hasSize(2 * perProcess);
      for (int i = 0; i < perProcess; i++) {
        assertThat(titles).contains("parent " + i, "child " + i);
      }
    }
  }

  /**
   * Group commit acknowledges a write only after the transaction holding it has committed: a
   * process killed while its threads write (SIGKILL, nothing flushed or closed) leaves every task
   * it acknowledged in the file.
   */
  @Test
  void aProcessKilledWhileWriting_losesNoAcknowledgedWrite() throws Exception {
    Path file = dir.resolve("tasks.db");
    UserId admin;
    try (SqliteDatabase database = open(file)) {
      admin = SqliteChild.addAdmin(database);
    }
    List<String> acknowledged;
    try (ChildJvm child =
        ChildJvm.start(dir, "write-until-killed", file.toString(), admin.toString(), "16")) {
      child.go();
      acknowledged = child.killAfter("acked ", 2_000);
    }

    try (SqliteDatabase database = open(file)) {
      Set<String> titles = allTitles(database.tasks());
      List<String> lost =
          acknowledged.stream()
              .map(line -> line.substring("acked ".length()))
              .filter(title -> !titles.contains(title))
              .toList();
      assertThat(lost).as("acknowledged but missing after the kill").isEmpty();
      assertThat(titles).hasSizeGreaterThanOrEqualTo(acknowledged.size());
    }
  }

  /** Read, change, write back; on losing a race, read again. */
  private static void replaceUntilItSticks(
      TaskRepository tasks, TaskId id, AtomicInteger replaced) {
    while (true) {
      Task current = tasks.findById(id).orElseThrow();
      Task next =
          current.apply(
              new TaskPatch(
                  "Shared, version " + (current.version() + 1),
                  null,
                  null,
                  null,
                  null,
                  null,
                  Set.of()),
              T0.plusSeconds(current.version()));
      if (tasks.replace(next, current.version())) {
        replaced.incrementAndGet();
        return;
      }
    }
  }

  private static Set<String> allTitles(TaskRepository tasks) {
    Set<String> titles = new HashSet<>();
    for (int page = 1; ; page++) {
      Page<Task> found =
          tasks.find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(page, 100));
      found.items().forEach(task -> titles.add(task.title()));
      if (found.items().isEmpty()) {
        return titles;
      }
    }
  }

  private static SqliteDatabase open(Path file) {
    return SqliteDatabase.open(SqliteSettings.of(file));
  }
}
