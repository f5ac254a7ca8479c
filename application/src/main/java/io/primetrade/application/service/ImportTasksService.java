package io.primetrade.application.service;

import io.primetrade.application.port.in.ImportTasksUseCase;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskRules;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.time.Clock;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Imports rows as new tasks, streaming: each row is checked by the same rules as the API's create
 * and written in its batch's transaction; the first bad row stops the import, naming its line.
 */
public final class ImportTasksService implements ImportTasksUseCase {
  private final TaskRepository tasks;
  private final TaskCache cache;
  private final UserRepository users;
  private final IdGenerator ids;
  private final Clock clock;
  private final CommandValidator validator;

  public ImportTasksService(
      TaskRepository tasks,
      TaskCache cache,
      UserRepository users,
      IdGenerator ids,
      Clock clock,
      CommandValidator validator) {
    this.tasks = tasks;
    this.cache = cache;
    this.users = users;
    this.ids = ids;
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public Result importTasks(Command command) {
    try {
      return write(command);
    } finally {
      // Also after a failure: batches before it were committed.
      cache.invalidate();
    }
  }

  private Result write(Command command) {
    validator.check(command);
    TaskRules.requireMayTransfer(command.actor());
    UserId creator = UserLookup.find(users, command.createdBy(), "createdBy").id();
    Iterator<Row> rows = command.rows();
    if (command.batchSize() == null) {
      long imported = tasks.addAll(new TaskIterator(rows, creator, Long.MAX_VALUE));
      return new Result(imported, imported == 0 ? 0 : 1);
    }
    long imported = 0;
    int batches = 0;
    try {
      // hasNext() is inside the try too: a reader that reads ahead fails there between batches.
      while (rows.hasNext()) {
        imported += tasks.addAll(new TaskIterator(rows, creator, command.batchSize()));
        batches++;
      }
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.getMessage()
              + " (nothing of its batch was written; "
              + imported
              + " tasks of earlier batches were imported)",
          e.errors());
    }
    return new Result(imported, batches);
  }

  /** Turns at most {@code limit} rows into tasks, as the repository asks for them. */
  private final class TaskIterator implements Iterator<Task> {
    private final Iterator<Row> rows;
    private final UserId creator;
    private long remaining;

    TaskIterator(Iterator<Row> rows, UserId creator, long limit) {
      this.rows = rows;
      this.creator = creator;
      this.remaining = limit;
    }

    @Override
    public boolean hasNext() {
      return remaining > 0 && rows.hasNext();
    }

    @Override
    public Task next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      remaining--;
      return toTask(rows.next(), creator);
    }
  }

  private Task toTask(Row row, UserId creator) {
    try {
      return Task.create(
          new TaskId(ids.next()),
          row.title(),
          row.description(),
          row.status() == null ? null : TaskStatus.fromCode(row.status()),
          row.priority() == null ? null : Priority.fromCode(row.priority()),
          row.dueDate() == null ? null : DueDate.parse(row.dueDate()),
          row.assignedTo(),
          creator,
          clock.instant());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("Line " + row.line() + ": " + e.getMessage(), e.errors());
    }
  }
}
