package io.primetrade.application.service;

import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.user.UserId;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A repository where another writer gets in first: right before each of the first {@code races}
 * conditional writes ({@code replace} or {@code remove}), {@code otherWriter} runs on the task
 * about to be written, so the service's write finds it changed or gone. Counts the writes tried.
 */
final class RacingTaskRepository implements TaskRepository {
  /** Loses every race. */
  static final int ALWAYS = Integer.MAX_VALUE;

  /** The other writer deletes the task. */
  static final BiConsumer<TaskRepository, TaskId> DELETES =
      (tasks, id) -> {
        if (!tasks.remove(id, tasks.findById(id).orElseThrow().version())) {
          throw new AssertionError("The other writer could not delete " + id);
        }
      };

  private final TaskRepository delegate;
  private final BiConsumer<TaskRepository, TaskId> otherWriter;
  private int racesLeft;
  private int writes;

  RacingTaskRepository(
      TaskRepository delegate, int races, BiConsumer<TaskRepository, TaskId> otherWriter) {
    this.delegate = delegate;
    this.racesLeft = races;
    this.otherWriter = otherWriter;
  }

  /** How many times {@code replace} or {@code remove} was called. */
  int writes() {
    return writes;
  }

  private void race(TaskId id) {
    writes++;
    if (racesLeft > 0) {
      racesLeft--;
      otherWriter.accept(delegate, id);
    }
  }

  @Override
  public boolean replace(Task updated, long expectedVersion) {
    race(updated.id());
    return delegate.replace(updated, expectedVersion);
  }

  @Override
  public boolean remove(TaskId id, long expectedVersion) {
    race(id);
    return delegate.remove(id, expectedVersion);
  }

  @Override
  public void add(Task task) {
    delegate.add(task);
  }

  @Override
  public Optional<Task> findById(TaskId id) {
    return delegate.findById(id);
  }

  @Override
  public Page<Task> find(TaskFilter filter, TaskSort sort, PageRequest page) {
    return delegate.find(filter, sort, page);
  }

  @Override
  public long addAll(Iterator<Task> tasks) {
    return delegate.addAll(tasks);
  }

  @Override
  public void scan(TaskFilter filter, Consumer<? super Task> sink) {
    delegate.scan(filter, sink);
  }

  @Override
  public boolean anyCreatedBy(UserId userId) {
    return delegate.anyCreatedBy(userId);
  }
}
