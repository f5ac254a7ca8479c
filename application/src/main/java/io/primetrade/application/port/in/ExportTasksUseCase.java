package io.primetrade.application.port.in;

import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.NotNull;
import java.util.function.Consumer;

/** Streams every task out, oldest first, for backups and moves; admins only. */
public interface ExportTasksUseCase {
  /**
   * Hands each matching task to {@code sink}, one at a time, from one consistent snapshot.
   *
   * @return how many tasks were exported
   * @throws ForbiddenException when the actor is not an admin
   */
  long export(Query query, Consumer<? super Task> sink);

  /** A null filter exports every task. */
  record Query(@NotNull Actor actor, TaskFilter filter) {}
}
