package io.primetrade.application.port.in;

import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Puts a new task on the board; admins only. */
public interface CreateTaskUseCase {
  /**
   * @throws ForbiddenException when the actor is not an admin
   */
  Task create(Command command);

  /** Null status and priority take their defaults, pending and medium. */
  record Command(
      @NotNull Actor actor,
      @NotNull(message = "is required")
          @Size(
              min = Task.TITLE_MIN,
              max = Task.TITLE_MAX,
              message = "must be {min} to {max} characters")
          String title,
      @Size(max = Task.DESCRIPTION_MAX, message = "must be at most {max} characters")
          String description,
      TaskStatus status,
      Priority priority,
      DueDate dueDate,
      @Size(max = Task.ASSIGNED_TO_MAX, message = "must be at most {max} characters")
          String assignedTo) {}
}
