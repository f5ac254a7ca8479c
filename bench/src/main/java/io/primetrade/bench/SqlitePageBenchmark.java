package io.primetrade.bench;

import io.primetrade.adapters.persistence.sqlite.SqliteDatabase;
import io.primetrade.adapters.persistence.sqlite.SqliteSettings;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The task list's query through the SQLite repository: a page of 20 of 10,000 tasks, newest first,
 * one of the first 50 pages, with the total; and one task by id.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SqlitePageBenchmark {
  private static final int TASKS = 10_000;

  private Path dir;
  private SqliteDatabase db;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("primetrade-jmh");
    db = SqliteDatabase.open(SqliteSettings.of(dir.resolve("bench.db")));
    User admin = BenchData.user("jmh-admin", Role.ADMIN);
    db.users().add(admin);
    for (int i = 0; i < TASKS; i++) {
      db.tasks().add(BenchData.task(i, admin.id()));
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    db.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Benchmark
  public Page<Task> pageOf20() {
    int page = ThreadLocalRandom.current().nextInt(1, 51);
    return db.tasks().find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(page, 20));
  }

  @Benchmark
  public Page<Task> filteredPageOf20() {
    int page = ThreadLocalRandom.current().nextInt(1, 11);
    return db.tasks()
        .find(
            new TaskFilter(io.primetrade.domain.task.TaskStatus.PENDING, null, null),
            TaskSort.parse("-priority"),
            new PageRequest(page, 20));
  }
}
