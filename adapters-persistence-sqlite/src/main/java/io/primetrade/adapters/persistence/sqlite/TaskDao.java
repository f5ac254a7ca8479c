package io.primetrade.adapters.persistence.sqlite;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.PreparedBatch;
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

  String INSERT =
      "INSERT INTO tasks ("
          + COLUMNS
          + ") VALUES (:id, :title, :description, :status, :priority, :dueDate, :assignedTo,"
          + " :createdBy, :createdAt, :updatedAt, :version)";

  /** Whether a task names the user as creator: one probe of {@code tasks_created_by_idx}. */
  String ANY_CREATED_BY = "SELECT EXISTS (SELECT 1 FROM tasks WHERE created_by = :createdBy)";

  /**
   * How many rows {@link #insertAll} sends to SQLite at a time: enough to make the per-statement
   * overhead vanish, few enough that the rows waiting in memory do not matter.
   */
  int BATCH_SIZE = 1_000;

  @SqlUpdate(INSERT)
  int insert(@BindMethods TaskRow row);

  /**
   * Inserts every row {@code rows} yields, in batches of {@link #BATCH_SIZE}, in whatever
   * transaction the handle is in; asks {@code rows} for the next row only when it has room for it.
   *
   * @return how many rows were inserted
   */
  default long insertAll(Iterator<TaskRow> rows) {
    long inserted = 0;
    while (rows.hasNext()) {
      try (PreparedBatch batch = getHandle().prepareBatch(INSERT)) {
        int size = 0;
        while (size < BATCH_SIZE && rows.hasNext()) {
          batch.bindMethods(rows.next()).add();
          size++;
        }
        batch.execute();
        inserted += size;
      }
    }
    return inserted;
  }

  String FIND_BY_ID = "SELECT " + COLUMNS + " FROM tasks WHERE id = :id";

  @SqlQuery(FIND_BY_ID)
  Optional<TaskRow> findById(String id);

  /**
   * {@link #INSERT} with positional parameters in the order of {@link #COLUMNS}, for the writer's
   * hand-bound statement ({@link TaskRow#bindInsert}).
   */
  String INSERT_POSITIONAL =
      "INSERT INTO tasks (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * Writes the changeable columns if the stored row is still at the expected version; bound by
   * {@link TaskRow#bindUpdate}.
   */
  String UPDATE_IF_VERSION =
      "UPDATE tasks SET title = ?, description = ?, status = ?, priority = ?, due_date = ?,"
          + " assigned_to = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?";

  /** Deletes the row if it is still at the expected version: id, then version. */
  String DELETE_IF_VERSION = "DELETE FROM tasks WHERE id = ? AND version = ?";

  /**
   * Hands every row of a scan to {@code sink} as SQLite steps to it, so that no more than one row
   * is held at a time.
   */
  default void scan(TaskListQuery query, Consumer<TaskRow> sink) {
    try (Stream<TaskRow> rows =
        getHandle()
            .createQuery(query.scanSql())
            .bindMap(query.filterParameters())
            .map(TaskRow.MAPPER)
            .stream()) {
      rows.forEach(sink);
    }
  }

  @SqlQuery(ANY_CREATED_BY)
  boolean anyCreatedBy(String createdBy);
}
