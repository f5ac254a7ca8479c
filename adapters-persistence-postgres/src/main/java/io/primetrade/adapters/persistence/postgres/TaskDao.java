package io.primetrade.adapters.persistence.postgres;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
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
          + ") VALUES (:id, :title, :description, CAST(:status AS task_status),"
          + " CAST(:priority AS task_priority), :dueDate, :assignedTo, :createdBy, :createdAt,"
          + " :updatedAt, :version)";

  /**
   * How many rows {@link #insertAll} sends at a time: enough to make the per-statement round trip
   * vanish, few enough that the rows waiting in memory do not matter.
   */
  int BATCH_SIZE = 1_000;

  /** How many rows a scan fetches per round trip; the driver streams only inside a transaction. */
  int SCAN_FETCH_SIZE = 500;

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

  @SqlQuery("SELECT " + COLUMNS + " FROM tasks WHERE id = :id")
  Optional<TaskRow> findById(UUID id);

  /** Writes the changeable columns if the stored row is still at {@code expectedVersion}. */
  @SqlUpdate(
      "UPDATE tasks SET title = :title, description = :description,"
          + " status = CAST(:status AS task_status), priority = CAST(:priority AS task_priority),"
          + " due_date = :dueDate, assigned_to = :assignedTo, updated_at = :updatedAt,"
          + " version = :version WHERE id = :id AND version = :expectedVersion")
  int update(@BindMethods TaskRow row, long expectedVersion);

  @SqlUpdate("DELETE FROM tasks WHERE id = :id AND version = :expectedVersion")
  int delete(UUID id, long expectedVersion);

  /** One page of a listing, each row with the number of matches across all pages. */
  default List<TaskPageRow> page(TaskListQuery query) {
    return getHandle()
        .createQuery(query.sql())
        .bindMap(query.parameters())
        .map(ConstructorMapper.of(TaskPageRow.class))
        .list();
  }

  /**
   * Hands every row of a scan to {@code sink} as the driver fetches them, {@link #SCAN_FETCH_SIZE}
   * at a time; the handle must be in a transaction, or the driver reads every row first.
   */
  default void scan(TaskListQuery query, Consumer<TaskRow> sink) {
    try (Stream<TaskRow> rows =
        getHandle()
            .createQuery(query.scanSql())
            .bindMap(query.filterParameters())
            .setFetchSize(SCAN_FETCH_SIZE)
            .map(ConstructorMapper.of(TaskRow.class))
            .stream()) {
      rows.forEach(sink);
    }
  }

  @SqlQuery("SELECT EXISTS (SELECT 1 FROM tasks WHERE created_by = :createdBy)")
  boolean anyCreatedBy(UUID createdBy);

  /** The number of matches of a listing: needed only when the page asked for is empty. */
  default long count(TaskListQuery query) {
    return getHandle()
        .createQuery(query.countSql())
        .bindMap(query.filterParameters())
        .mapTo(Long.class)
        .one();
  }
}
