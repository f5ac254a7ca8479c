package io.primetrade.application.service;

import io.primetrade.application.port.in.Cached;
import io.primetrade.application.port.in.ListTasksUseCase;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;

/** Pages through the board. */
public final class ListTasksService implements ListTasksUseCase {
  private final TaskRepository tasks;
  private final TaskCache cache;
  private final CommandValidator validator;

  public ListTasksService(TaskRepository tasks, TaskCache cache, CommandValidator validator) {
    this.tasks = tasks;
    this.cache = cache;
    this.validator = validator;
  }

  @Override
  public Cached<Page<Task>> read(Query query) {
    validator.check(query);
    TaskFilter filter = query.filter();
    TaskSort sort = query.sortOrDefault();
    PageRequest page = query.pageRequest();
    TaskCache.Lookup<Page<Task>> lookup =
        cache.page(new TaskCache.ListKey(filter, sort, page), () -> tasks.find(filter, sort, page));
    return new Cached<>(lookup.value(), lookup.hit());
  }
}
