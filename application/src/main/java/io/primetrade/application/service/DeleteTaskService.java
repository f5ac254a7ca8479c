package io.primetrade.application.service;

import io.primetrade.application.port.in.DeleteTaskUseCase;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.StaleVersionException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskRules;

/**
 * Deletes tasks for admins, honouring the version the caller saw. Without {@code If-Match} the
 * caller deletes the task whatever its version: a change by another writer between the load and the
 * delete is retried against a fresh load, as {@link UpdateTaskService} does, before answering 409.
 */
public final class DeleteTaskService implements DeleteTaskUseCase {
  private final TaskRepository tasks;
  private final TaskCache cache;
  private final CommandValidator validator;

  public DeleteTaskService(TaskRepository tasks, TaskCache cache, CommandValidator validator) {
    this.tasks = tasks;
    this.cache = cache;
    this.validator = validator;
  }

  @Override
  public void delete(Command command) {
    validator.check(command);
    TaskRules.requireMayDelete(command.actor());
    int attempts = command.ifMatch() == null ? UpdateTaskService.ATTEMPTS : 1;
    for (int attempt = 1; ; attempt++) {
      Task task = GetTaskService.load(tasks, command.taskId());
      if (command.ifMatch() != null && command.ifMatch() != task.version()) {
        throw new StaleVersionException(task.version());
      }
      if (tasks.remove(task.id(), task.version())) {
        cache.invalidate();
        return;
      }
      if (attempt == attempts) {
        throw UpdateTaskService.lostRace(tasks, task);
      }
    }
  }
}
