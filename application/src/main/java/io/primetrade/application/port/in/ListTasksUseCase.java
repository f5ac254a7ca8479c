package io.primetrade.application.port.in;

import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Reads one page of the board; every signed-in user may. */
public interface ListTasksUseCase {
  /** The page the query asks for, with the total across all pages. */
  default Page<Task> list(Query query) {
    return read(query).value();
  }

  /** The page the query asks for, and whether it came from the cache. */
  Cached<Page<Task>> read(Query query);

  /**
   * Null fields take their defaults: page 1, {@value PageRequest#DEFAULT_LIMIT} per page, newest
   * first, no filter.
   */
  record Query(
      @NotNull Actor actor,
      @Min(value = 1, message = "must be at least {value}") Integer page,
      @Min(value = 1, message = "must be between 1 and " + PageRequest.MAX_LIMIT)
          @Max(value = PageRequest.MAX_LIMIT, message = "must be between 1 and {value}")
          Integer limit,
      TaskStatus status,
      Priority priority,
      @Size(max = Task.ASSIGNED_TO_MAX, message = "must be at most {max} characters")
          String assignedTo,
      TaskSort sort) {

    /** The first page, newest first, of every task. */
    public static Query firstPage(Actor actor) {
      return new Query(actor, null, null, null, null, null, null);
    }

    public PageRequest pageRequest() {
      return new PageRequest(
          page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }

    public TaskFilter filter() {
      return new TaskFilter(status, priority, assignedTo);
    }

    public TaskSort sortOrDefault() {
      return sort == null ? TaskSort.NEWEST_FIRST : sort;
    }
  }
}
