package io.primetrade.application.service;

import io.primetrade.application.port.in.GetTaskUseCase;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;

/** Reads single tasks. */
public final class GetTaskService implements GetTaskUseCase {
  private final TaskRepository tasks;
  private final CommandValidator validator;

  public GetTaskService(TaskRepository tasks, CommandValidator validator) {
    this.tasks = tasks;
    this.validator = validator;
  }

  @Override
  public Task get(Query query) {
    validator.check(query);
    return load(tasks, query.taskId());
  }

  /** The task, or the not-found error every task use case answers with. */
  static Task load(TaskRepository tasks, TaskId id) {
    return tasks.findById(id).orElseThrow(GetTaskService::notFound);
  }

  static NotFoundException notFound() {
    return new NotFoundException(TASK_NOT_FOUND, "Task not found");
  }
}
