package io.primetrade.application.service;

import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.StaleVersionException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskPatch;
import io.primetrade.domain.task.TaskRules;
import java.time.Clock;

/**
 * Applies changes to tasks under the role rules, with optimistic concurrency.
 *
 * <p>A caller who sent {@code If-Match} asked for the version they saw, so losing a race to another
 * writer is their conflict (409; a version already stale when loaded is 412). A caller who sent
 * none asked for their change on whatever the task is now: losing a race then only means the load
 * was too early, so the service loads the task again, checks the role rules against that version,
 * and applies the patch to it, up to {@link #ATTEMPTS} times in all before answering 409.
 */
public final class UpdateTaskService implements UpdateTaskUseCase {
  /** How many times a change without {@code If-Match} is tried against a fresh load. */
  static final int ATTEMPTS = 3;

  private final TaskRepository tasks;
  private final TaskCache cache;
  private final Clock clock;
  private final CommandValidator validator;

  public UpdateTaskService(
      TaskRepository tasks, TaskCache cache, Clock clock, CommandValidator validator) {
    this.tasks = tasks;
    this.cache = cache;
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public Task update(Command command) {
    validator.check(command);
    TaskPatch patch = command.toPatch();
    int attempts = command.ifMatch() == null ? ATTEMPTS : 1;
    for (int attempt = 1; ; attempt++) {
      Task task = GetTaskService.load(tasks, command.taskId());
      TaskRules.requireMayApply(command.actor(), task, patch);
      if (command.ifMatch() != null && command.ifMatch() != task.version()) {
        throw new StaleVersionException(task.version());
      }
      Task updated = task.apply(patch, clock.instant());
      if (tasks.replace(updated, task.version())) {
        cache.invalidate();
        return updated;
      }
      if (attempt == attempts) {
        throw lostRace(tasks, task);
      }
    }
  }

  /** Why a conditional write found nothing to change: the task is gone, or it changed. */
  static RuntimeException lostRace(TaskRepository tasks, Task task) {
    if (tasks.findById(task.id()).isEmpty()) {
      return GetTaskService.notFound();
    }
    return new ConflictException(CONCURRENT_UPDATE, "The task changed meanwhile; reload and retry");
  }
}
