package io.primetrade.application.service;

import io.primetrade.application.port.in.ExportTasksUseCase;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskRules;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Streams tasks out for admins. */
public final class ExportTasksService implements ExportTasksUseCase {
  private final TaskRepository tasks;
  private final CommandValidator validator;

  public ExportTasksService(TaskRepository tasks, CommandValidator validator) {
    this.tasks = tasks;
    this.validator = validator;
  }

  @Override
  public long export(Query query, Consumer<? super Task> sink) {
    validator.check(query);
    TaskRules.requireMayTransfer(query.actor());
    AtomicLong count = new AtomicLong();
    TaskFilter filter = query.filter() == null ? TaskFilter.ALL : query.filter();
    tasks.scan(
        filter,
        task -> {
          sink.accept(task);
          count.incrementAndGet();
        });
    return count.get();
  }
}
