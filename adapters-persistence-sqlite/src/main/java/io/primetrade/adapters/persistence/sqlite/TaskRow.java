package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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

  /** Binds this row to {@link TaskDao#INSERT_POSITIONAL}. */
  void bindInsert(PreparedStatement statement) throws SQLException {
    statement.setString(1, id);
    statement.setString(2, title);
    statement.setString(3, description);
    statement.setString(4, status);
    statement.setString(5, priority);
    setNullableLong(statement, 6, dueDate);
    statement.setString(7, assignedTo);
    statement.setString(8, createdBy);
    statement.setLong(9, createdAt);
    statement.setLong(10, updatedAt);
    statement.setLong(11, version);
  }

  /** Binds this row, to be written over the row at {@code expectedVersion}, to the update. */
  void bindUpdate(PreparedStatement statement, long expectedVersion) throws SQLException {
    statement.setString(1, title);
    statement.setString(2, description);
    statement.setString(3, status);
    statement.setString(4, priority);
    setNullableLong(statement, 5, dueDate);
    statement.setString(6, assignedTo);
    statement.setLong(7, updatedAt);
    statement.setLong(8, version);
    statement.setString(9, id);
    statement.setLong(10, expectedVersion);
  }

  private static void setNullableLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, value);
    }
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
