package io.primetrade.application.port.in;

import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.StaleVersionException;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskField;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskPatch;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Changes fields of a task on behalf of the actor. */
public interface UpdateTaskUseCase {
  /** The code of the {@link ConflictException} for a change that lost a race. */
  String CONCURRENT_UPDATE = "task.concurrent_update";

  /**
   * @throws NotFoundException when there is no such task
   * @throws ForbiddenException when the role rules do not allow this change
   * @throws StaleVersionException when {@code ifMatch} is not the current version
   * @throws ConflictException when another change was saved between reading and writing: at once
   *     with {@code ifMatch}, or without it when that happened on every one of a few fresh tries
   */
  Task update(Command command);

  /**
   * Null fields stay as they are; fields in {@code cleared} are removed. {@code ifMatch} is the
   * version the caller last saw, or null to change whatever is current.
   */
  record Command(
      @NotNull Actor actor,
      @NotNull TaskId taskId,
      Long ifMatch,
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
          String assignedTo,
      Set<TaskField> cleared) {

    /** A change of status alone: what an assignee may do. */
    public static Command status(Actor actor, TaskId taskId, TaskStatus status) {
      return new Command(actor, taskId, null, null, null, status, null, null, null, Set.of());
    }

    public TaskPatch toPatch() {
      return new TaskPatch(title, description, status, priority, dueDate, assignedTo, cleared);
    }
  }
}
