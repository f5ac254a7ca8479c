package io.primetrade.application.service;

import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskRules;
import java.time.Clock;

/** Creates tasks for admins. */
public final class CreateTaskService implements CreateTaskUseCase {
  private final TaskRepository tasks;
  private final TaskCache cache;
  private final IdGenerator ids;
  private final Clock clock;
  private final CommandValidator validator;

  public CreateTaskService(
      TaskRepository tasks,
      TaskCache cache,
      IdGenerator ids,
      Clock clock,
      CommandValidator validator) {
    this.tasks = tasks;
    this.cache = cache;
    this.ids = ids;
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public Task create(Command command) {
    validator.check(command);
    TaskRules.requireMayCreate(command.actor());
    Task task =
        Task.create(
            new TaskId(ids.next()),
            command.title(),
            command.description(),
            command.status(),
            command.priority(),
            command.dueDate(),
            command.assignedTo(),
            command.actor().id(),
            clock.instant());
    tasks.add(task);
    cache.invalidate();
    return task;
  }
}
