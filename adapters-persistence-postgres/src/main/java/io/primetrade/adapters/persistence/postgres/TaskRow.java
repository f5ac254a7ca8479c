package io.primetrade.adapters.persistence.postgres;

import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the {@code tasks} table, mapped both ways. Public only because JDBI binds its
 * accessors by reflection; nothing outside this package should use it.
 *
 * <p>Reading goes through the domain's canonical constructor, so a row read back passes the same
 * checks as a new task.
 */
public record TaskRow(
    UUID id,
    String title,
    String description,
    String status,
    String priority,
    Instant dueDate,
    String assignedTo,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The row that stores {@code task}. */
  public static TaskRow from(Task task) {
    return new TaskRow(
        task.id().value(),
        task.title(),
        task.description(),
        task.status().code(),
        task.priority().code(),
        task.dueDate() == null ? null : task.dueDate().value(),
        task.assignedTo(),
        task.createdBy().value(),
        task.createdAt(),
        task.updatedAt(),
        task.version());
  }

  /** The task this row stores. */
  public Task toDomain() {
    return new Task(
        new TaskId(id),
        title,
        description,
        TaskStatus.fromCode(status),
        Priority.fromCode(priority),
        dueDate == null ? null : new DueDate(dueDate),
        assignedTo,
        new UserId(createdBy),
        createdAt,
        updatedAt,
        version);
  }
}
