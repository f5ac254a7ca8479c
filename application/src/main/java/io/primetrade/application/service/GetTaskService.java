package io.primetrade.application.service;

import io.primetrade.application.port.in.Cached;
import io.primetrade.application.port.in.GetTaskUseCase;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import java.util.Optional;

/** Reads single tasks. */
public final class GetTaskService implements GetTaskUseCase {
  private final TaskRepository tasks;
  private final TaskCache cache;
  private final CommandValidator validator;

  public GetTaskService(TaskRepository tasks, TaskCache cache, CommandValidator validator) {
    this.tasks = tasks;
    this.cache = cache;
    this.validator = validator;
  }

  @Override
  public Cached<Task> read(Query query) {
    validator.check(query);
    TaskCache.Lookup<Optional<Task>> lookup =
        cache.task(query.taskId(), () -> tasks.findById(query.taskId()));
    return new Cached<>(lookup.value().orElseThrow(GetTaskService::notFound), lookup.hit());
  }

  /** The task, or the not-found error every task use case answers with. */
  static Task load(TaskRepository tasks, TaskId id) {
    return tasks.findById(id).orElseThrow(GetTaskService::notFound);
  }

  static NotFoundException notFound() {
    return new NotFoundException(TASK_NOT_FOUND, "Task not found");
  }
}
