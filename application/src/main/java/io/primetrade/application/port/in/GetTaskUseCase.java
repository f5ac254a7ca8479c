package io.primetrade.application.port.in;

import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.NotNull;

/** Reads one task; every signed-in user may. */
public interface GetTaskUseCase {
  /** The code of the {@link NotFoundException} for a task that does not exist. */
  String TASK_NOT_FOUND = "task.not_found";

  /**
   * @throws NotFoundException when there is no such task
   */
  default Task get(Query query) {
    return read(query).value();
  }

  /**
   * The task, and whether it came from the cache.
   *
   * @throws NotFoundException when there is no such task
   */
  Cached<Task> read(Query query);

  /** Who asks, for which task. */
  record Query(@NotNull Actor actor, @NotNull TaskId taskId) {}
}
