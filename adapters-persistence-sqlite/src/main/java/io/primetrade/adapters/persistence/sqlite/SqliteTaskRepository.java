package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.user.UserId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Tasks in the {@code tasks} table, with the version column as the optimistic lock. */
final class SqliteTaskRepository implements TaskRepository {
  private final SqliteAccess access;

  SqliteTaskRepository(SqliteAccess access) {
    this.access = access;
  }

  @Override
  public void add(Task task) {
    TaskRow row = TaskRow.from(task);
    access.writeStatement(TaskDao.INSERT_POSITIONAL, row::bindInsert);
  }

  @Override
  public Optional<Task> findById(TaskId id) {
    return access
        .readHandle(
            handle ->
                handle
                    .createQuery(TaskDao.FIND_BY_ID)
                    .bind("id", id.value().toString())
                    .map(TaskRow.MAPPER)
                    .findOne())
        .map(TaskRow::toDomain);
  }

  @Override
  public boolean replace(Task updated, long expectedVersion) {
    TaskRow row = TaskRow.from(updated);
    return access.writeStatement(
            TaskDao.UPDATE_IF_VERSION, statement -> row.bindUpdate(statement, expectedVersion))
        == 1;
  }

  @Override
  public boolean remove(TaskId id, long expectedVersion) {
    String taskId = id.value().toString();
    return access.writeStatement(
            TaskDao.DELETE_IF_VERSION,
            statement -> {
              statement.setString(1, taskId);
              statement.setLong(2, expectedVersion);
            })
        == 1;
  }

  @Override
  public Page<Task> find(TaskFilter filter, TaskSort sort, PageRequest page) {
    TaskListQuery query = TaskListQuery.of(filter, sort, page);
    Page<TaskRow> rows =
        access.readHandle(
            handle -> {
              List<TaskPageRow> found =
                  handle
                      .createQuery(query.sql())
                      .bindMap(query.parameters())
                      .map(TaskPageRow.MAPPER)
                      .list();
              long total =
                  found.isEmpty()
                      ? handle
                          .createQuery(query.countSql())
                          .bindMap(query.filterParameters())
                          .mapTo(Long.class)
                          .one()
                      : found.get(0).total();
              return new Page<>(found.stream().map(TaskPageRow::task).toList(), page, total);
            });
    return rows.map(TaskRow::toDomain);
  }

  /**
   * One IMMEDIATE transaction for the whole import, inserted in prepared batches as the iterator
   * yields tasks. Writers of this process wait for the whole import meanwhile, and writers of other
   * processes give up after the busy timeout; callers who import very much while servers run should
   * import in batches of their own.
   */
  @Override
  public long addAll(Iterator<Task> tasks) {
    Iterator<TaskRow> rows =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return SqliteAccess.callersCode(tasks::hasNext);
          }

          @Override
          public TaskRow next() {
            return TaskRow.from(SqliteAccess.callersCode(tasks::next));
          }
        };
    return access.writeAlone(TaskDao.class, dao -> dao.insertAll(rows));
  }

  /**
   * Streams the rows from one deferred read transaction: a snapshot that neither waits for writers
   * nor blocks them, held until {@code sink} has had the last task.
   */
  @Override
  public void scan(TaskFilter filter, Consumer<? super Task> sink) {
    TaskListQuery query = TaskListQuery.scan(filter);
    access.snapshot(
        TaskDao.class,
        dao -> {
          dao.scan(
              query,
              row -> {
                Task task = row.toDomain();
                SqliteAccess.callersAction(() -> sink.accept(task));
              });
          return null;
        });
  }

  @Override
  public boolean anyCreatedBy(UserId userId) {
    String createdBy = userId.value().toString();
    return access.read(TaskDao.class, dao -> dao.anyCreatedBy(createdBy));
  }
}
