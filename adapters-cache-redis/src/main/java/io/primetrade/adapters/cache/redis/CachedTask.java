package io.primetrade.adapters.cache.redis;

import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A task as Redis keeps it, in JSON: the cache's own format, so that the domain record can change
 * without breaking what other instances have cached (the key prefix's version changes instead).
 */
record CachedTask(
    String id,
    String title,
    String description,
    String status,
    String priority,
    Long dueDate,
    String assignedTo,
    String createdBy,
    long createdAt,
    long updatedAt,
    long version) {

  static CachedTask from(Task task) {
    return new CachedTask(
        task.id().value().toString(),
        task.title(),
        task.description(),
        task.status().code(),
        task.priority().code(),
        task.dueDate() == null ? null : task.dueDate().value().toEpochMilli(),
        task.assignedTo(),
        task.createdBy().value().toString(),
        task.createdAt().toEpochMilli(),
        task.updatedAt().toEpochMilli(),
        task.version());
  }

  Task toDomain() {
    return new Task(
        new TaskId(UUID.fromString(id)),
        title,
        description,
        TaskStatus.fromCode(status),
        Priority.fromCode(priority),
        dueDate == null ? null : new DueDate(Instant.ofEpochMilli(dueDate)),
        assignedTo,
        new UserId(UUID.fromString(createdBy)),
        Instant.ofEpochMilli(createdAt),
        Instant.ofEpochMilli(updatedAt),
        version);
  }
}
