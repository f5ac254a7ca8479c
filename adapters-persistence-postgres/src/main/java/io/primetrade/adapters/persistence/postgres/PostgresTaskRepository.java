package io.primetrade.adapters.persistence.postgres;

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
final class PostgresTaskRepository implements TaskRepository {
  private final PostgresAccess access;

  PostgresTaskRepository(PostgresAccess access) {
    this.access = access;
  }

  @Override
  public void add(Task task) {
    TaskRow row = TaskRow.from(task);
    access.write(TaskDao.class, dao -> dao.insert(row));
  }

  @Override
  public Optional<Task> findById(TaskId id) {
    return access.read(TaskDao.class, dao -> dao.findById(id.value())).map(TaskRow::toDomain);
  }

  @Override
  public boolean replace(Task updated, long expectedVersion) {
    TaskRow row = TaskRow.from(updated);
    return access.write(TaskDao.class, dao -> dao.update(row, expectedVersion)) == 1;
  }

  @Override
  public boolean remove(TaskId id, long expectedVersion) {
    return access.write(TaskDao.class, dao -> dao.delete(id.value(), expectedVersion)) == 1;
  }

  /** The page and its total come from one statement ({@code count(*) OVER ()}). */
  @Override
  public Page<Task> find(TaskFilter filter, TaskSort sort, PageRequest page) {
    TaskListQuery query = TaskListQuery.of(filter, sort, page);
    Page<TaskRow> rows =
        access.read(
            TaskDao.class,
            dao -> {
              List<TaskPageRow> found = dao.page(query);
              long total = found.isEmpty() ? dao.count(query) : found.get(0).total();
              return new Page<>(found.stream().map(TaskPageRow::task).toList(), page, total);
            });
    return rows.map(TaskRow::toDomain);
  }

  /**
   * One transaction for the whole import, inserted in prepared batches as the iterator yields
   * tasks. Other writers carry on meanwhile; the new rows appear to them all at once at the commit.
   */
  @Override
  public long addAll(Iterator<Task> tasks) {
    Iterator<TaskRow> rows =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return PostgresAccess.callersCode(tasks::hasNext);
          }

          @Override
          public TaskRow next() {
            return TaskRow.from(PostgresAccess.callersCode(tasks::next));
          }
        };
    return access.write(TaskDao.class, dao -> dao.insertAll(rows));
  }

  /**
   * Streams the rows from one REPEATABLE READ transaction through a server-side cursor: a snapshot
   * that neither waits for writers nor blocks them, held until {@code sink} has had the last task.
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
                PostgresAccess.callersAction(() -> sink.accept(task));
              });
          return null;
        });
  }

  @Override
  public boolean anyCreatedBy(UserId userId) {
    return access.read(TaskDao.class, dao -> dao.anyCreatedBy(userId.value()));
  }
}
