package io.primetrade.application.port.out;

import static io.primetrade.application.testing.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.out.TaskCache.ListKey;
import io.primetrade.application.port.out.TaskCache.Lookup;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@link TaskCache} does. Subclasses hand over an empty cache with a long TTL. */
public abstract class TaskCacheContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final UserId ADMIN = new UserId(UUID.randomUUID());
  private static final ListKey FIRST_PAGE =
      new ListKey(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(1, 20));

  /** An empty cache, new for each test. */
  protected abstract TaskCache cache();

  private static Page<Task> pageOf(String... titles) {
    List<Task> items = java.util.Arrays.stream(titles).map(t -> task(t, ADMIN, T0)).toList();
    return new Page<>(items, new PageRequest(1, 20), items.size());
  }

  /** A loader that counts its calls. */
  private static final class Counting<T> implements Supplier<T> {
    final AtomicInteger calls = new AtomicInteger();
    private final Supplier<T> value;

    Counting(Supplier<T> value) {
      this.value = value;
    }

    @Override
    public T get() {
      calls.incrementAndGet();
      return value.get();
    }
  }

  @Test
  void loadsOnMiss_thenAnswersFromCache_withTheSameTasks() {
    Page<Task> page = pageOf("Write the report", "Call the bank");
    Counting<Page<Task>> loader = new Counting<>(() -> page);

    Lookup<Page<Task>> first = cache().page(FIRST_PAGE, loader);
    Lookup<Page<Task>> second = cache().page(FIRST_PAGE, loader);

    assertThat(first.hit()).isFalse();
    assertThat(second.hit()).isTrue();
    assertThat(second.value()).isEqualTo(page);
    assertThat(loader.calls).hasValue(1);
  }

  @Test
  void keepsOneEntryPerQuery() {
    Counting<Page<Task>> loader = new Counting<>(() -> pageOf("Write the report"));
    ListKey completed =
        new ListKey(
            new TaskFilter(TaskStatus.COMPLETED, null, null),
            TaskSort.NEWEST_FIRST,
            new PageRequest(1, 20));
    ListKey secondPage = new ListKey(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(2, 20));

    cache().page(FIRST_PAGE, loader);
    assertThat(cache().page(completed, loader).hit()).isFalse();
    assertThat(cache().page(secondPage, loader).hit()).isFalse();
    assertThat(cache().page(FIRST_PAGE, loader).hit()).isTrue();
    assertThat(loader.calls).hasValue(3);
  }

  @Test
  void missesAfterInvalidate() {
    Counting<Page<Task>> loader = new Counting<>(() -> pageOf("Write the report"));
    Task task = task("Call the bank", ADMIN, T0);
    Counting<Optional<Task>> taskLoader = new Counting<>(() -> Optional.of(task));
    cache().page(FIRST_PAGE, loader);
    cache().task(task.id(), taskLoader);

    cache().invalidate();

    assertThat(cache().page(FIRST_PAGE, loader).hit()).isFalse();
    assertThat(cache().task(task.id(), taskLoader).hit()).isFalse();
    assertThat(loader.calls).hasValue(2);
    assertThat(taskLoader.calls).hasValue(2);
  }

  @Test
  void neverAnswersWithALoadThatRacedAWrite() {
    // The loader read the database before a write that completed while it ran.
    Page<Task> before = pageOf("Old title");
    cache()
        .page(
            FIRST_PAGE,
            () -> {
              cache().invalidate();
              return before;
            });

    Page<Task> after = pageOf("New title");
    Lookup<Page<Task>> next = cache().page(FIRST_PAGE, () -> after);

    assertThat(next.hit()).isFalse();
    assertThat(next.value()).isEqualTo(after);
  }

  @Test
  void cachesSingleTasks_butNotTheirAbsence() {
    Task task = task("Call the bank", ADMIN, T0);
    Counting<Optional<Task>> found = new Counting<>(() -> Optional.of(task));
    Counting<Optional<Task>> missing = new Counting<>(Optional::empty);
    TaskId unknown = new TaskId(UUID.randomUUID());

    cache().task(task.id(), found);
    Lookup<Optional<Task>> again = cache().task(task.id(), found);
    cache().task(unknown, missing);
    Lookup<Optional<Task>> stillMissing = cache().task(unknown, missing);

    assertThat(again.hit()).isTrue();
    assertThat(again.value()).contains(task);
    assertThat(stillMissing.hit()).isFalse();
    assertThat(stillMissing.value()).isEmpty();
    assertThat(missing.calls).hasValue(2);
  }
}
