package io.primetrade.application.service;

import io.primetrade.application.port.in.ListTasksUseCase;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.Page;
import io.primetrade.domain.task.Task;

/** Pages through the board. */
public final class ListTasksService implements ListTasksUseCase {
  private final TaskRepository tasks;
  private final CommandValidator validator;

  public ListTasksService(TaskRepository tasks, CommandValidator validator) {
    this.tasks = tasks;
    this.validator = validator;
  }

  @Override
  public Page<Task> list(Query query) {
    validator.check(query);
    return tasks.find(query.filter(), query.sortOrDefault(), query.pageRequest());
  }
}
