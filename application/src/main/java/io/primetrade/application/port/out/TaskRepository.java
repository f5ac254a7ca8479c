package io.primetrade.application.port.out;

import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.user.UserId;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where tasks are kept. Implementations are thread-safe, never lose an acknowledged write, and
 * throw {@link UnavailableException} when their store cannot be reached.
 */
public interface TaskRepository {
  /** Stores a new task; its id is new (ids come from the {@link IdGenerator}). */
  void add(Task task);

  /** The task with this id, or empty. */
  Optional<Task> findById(TaskId id);

  /**
   * Replaces the stored task with {@code updated} if the stored one is still at {@code
   * expectedVersion}.
   *
   * @return false when the task is gone or another change got there first: nothing was written
   */
  boolean replace(Task updated, long expectedVersion);

  /**
   * Removes the task if it is still at {@code expectedVersion}.
   *
   * @return false when the task is gone or has changed: nothing was removed
   */
  boolean remove(TaskId id, long expectedVersion);

  /**
   * One page of the tasks that match {@code filter}, in {@code sort} order, with ties broken by
   * newest first and then by id; {@code total} counts every match.
   */
  Page<Task> find(TaskFilter filter, TaskSort sort, PageRequest page);

  /**
   * Adds every task {@code tasks} yields, in one transaction: when the iterator throws or a write
   * fails, none of them is stored and the exception propagates. The iterator is consumed lazily, so
   * a large import needs no more memory than one task.
   *
   * @return how many tasks were added
   */
  long addAll(Iterator<Task> tasks);

  /**
   * Hands every task that matches {@code filter} to {@code sink}, oldest first (then by id), from
   * one consistent snapshot, without holding them all in memory.
   */
  void scan(TaskFilter filter, Consumer<? super Task> sink);

  /** Whether any task names {@code userId} as its creator. */
  boolean anyCreatedBy(UserId userId);
}
