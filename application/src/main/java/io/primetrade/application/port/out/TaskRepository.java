package io.primetrade.application.port.out;

import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import java.util.Optional;

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
}
