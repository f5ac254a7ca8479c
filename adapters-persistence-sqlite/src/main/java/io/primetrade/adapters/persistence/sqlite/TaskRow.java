package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One row of the {@code tasks} table, mapped both ways. Public only because JDBI binds its
 * accessors by reflection; nothing outside this package should use it.
 *
 * <p>Reading goes through the domain's canonical constructor, so a row read back passes the same
 * checks as a new task.
 */
public record TaskRow(
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

  /**
   * Reads a row of {@link TaskDao#COLUMNS} by column name. Written out rather than reflected: a
   * {@code ConstructorMapper} inspects the result set anew for every query, which cost more than
   * the query itself on the hot reads.
   */
  public static final RowMapper<TaskRow> MAPPER = TaskRow::map;

  static TaskRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    long dueDate = rs.getLong("due_date");
    Long due = rs.wasNull() ? null : dueDate;
    return new TaskRow(
        rs.getString("id"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("status"),
        rs.getString("priority"),
        due,
        rs.getString("assigned_to"),
        rs.getString("created_by"),
        rs.getLong("created_at"),
        rs.getLong("updated_at"),
        rs.getLong("version"));
  }

  /** The row that stores {@code task}. */
  public static TaskRow from(Task task) {
    return new TaskRow(
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

  /** The task this row stores. */
  public Task toDomain() {
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

  /** The value of the generated column {@code priority_rank} for {@code priority}. */
  static int priorityRank(Priority priority) {
    return switch (priority) {
      case LOW -> 0;
      case MEDIUM -> 1;
      case HIGH -> 2;
    };
  }
}
