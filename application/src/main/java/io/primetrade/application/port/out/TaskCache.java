package io.primetrade.application.port.out;

import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Task reads kept for a while, shared by every instance that uses the same cache. Cache-aside: a
 * miss calls the loader and keeps its answer. Implementations are thread-safe and never throw
 * because of the cache itself: when their store fails they call the loader, so the only exceptions
 * that come out are the loader's.
 *
 * <p>The guarantee callers rely on: once {@link #invalidate()} has returned, no reader on any
 * instance gets a page or a task that was loaded before the write that preceded it.
 */
public interface TaskCache {
  /** The page of the board this query asks for. */
  Lookup<Page<Task>> page(ListKey key, Supplier<Page<Task>> loader);

  /** One task, or empty when it does not exist (absence is not cached). */
  Lookup<Optional<Task>> task(TaskId id, Supplier<Optional<Task>> loader);

  /**
   * Forgets every page and task read so far. Called after a write to tasks is committed and before
   * it is acknowledged.
   */
  void invalidate();

  /** A cache that keeps nothing: every lookup loads. */
  TaskCache NONE =
      new TaskCache() {
        @Override
        public Lookup<Page<Task>> page(ListKey key, Supplier<Page<Task>> loader) {
          return new Lookup<>(loader.get(), false);
        }

        @Override
        public Lookup<Optional<Task>> task(TaskId id, Supplier<Optional<Task>> loader) {
          return new Lookup<>(loader.get(), false);
        }

        @Override
        public void invalidate() {}
      };

  /** What identifies one page of the board. */
  record ListKey(TaskFilter filter, TaskSort sort, PageRequest page) {
    public ListKey {
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(sort, "sort");
      Objects.requireNonNull(page, "page");
    }
  }

  /** A value and whether it came from the cache. */
  record Lookup<T>(T value, boolean hit) {}
}
