package io.primetrade.application.port.in;

import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.StaleVersionException;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.NotNull;

/** Takes a task off the board; admins only. */
public interface DeleteTaskUseCase {
  /**
   * @throws ForbiddenException when the actor is not an admin
   * @throws NotFoundException when there is no such task
   * @throws StaleVersionException when {@code ifMatch} is not the current version
   */
  void delete(Command command);

  /** {@code ifMatch} is the version the caller last saw, or null to delete whatever is current. */
  record Command(@NotNull Actor actor, @NotNull TaskId taskId, Long ifMatch) {}
}
