package io.primetrade.adapters.persistence.sqlite;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL on the {@code tasks} table; the listing's SQL is built by {@link TaskListQuery}. */
@RegisterConstructorMapper(TaskRow.class)
interface TaskDao extends SqlObject {
  String COLUMNS =
      "id, title, description, status, priority, due_date, assigned_to, created_by, created_at,"
          + " updated_at, version";

  @SqlUpdate(
      "INSERT INTO tasks ("
          + COLUMNS
          + ") VALUES (:id, :title, :description, :status, :priority, :dueDate, :assignedTo,"
          + " :createdBy, :createdAt, :updatedAt, :version)")
  int insert(@BindMethods TaskRow row);

  @SqlQuery("SELECT " + COLUMNS + " FROM tasks WHERE id = :id")
  Optional<TaskRow> findById(String id);

  /** Writes the changeable columns if the stored row is still at {@code expectedVersion}. */
  @SqlUpdate(
      "UPDATE tasks SET title = :title, description = :description, status = :status,"
          + " priority = :priority, due_date = :dueDate, assigned_to = :assignedTo,"
          + " updated_at = :updatedAt, version = :version"
          + " WHERE id = :id AND version = :expectedVersion")
  int update(@BindMethods TaskRow row, long expectedVersion);

  @SqlUpdate("DELETE FROM tasks WHERE id = :id AND version = :expectedVersion")
  int delete(String id, long expectedVersion);

  /** One page of a listing, each row with the number of matches across all pages. */
  default List<TaskPageRow> page(TaskListQuery query) {
    return getHandle()
        .createQuery(query.sql())
        .bindMap(query.parameters())
        .map(ConstructorMapper.of(TaskPageRow.class))
        .list();
  }

  /** The number of matches of a listing: needed only when the page asked for is empty. */
  default long count(TaskListQuery query) {
    return getHandle()
        .createQuery(query.countSql())
        .bindMap(query.filterParameters())
        .mapTo(Long.class)
        .one();
  }
}
