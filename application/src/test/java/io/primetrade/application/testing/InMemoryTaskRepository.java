package io.primetrade.application.testing;

import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Tasks in a map: the fake the use-case tests run on, held honest by the contract. */
public final class InMemoryTaskRepository implements TaskRepository {
  private static final Comparator<Task> NEWEST_FIRST =
      Comparator.comparing(Task::createdAt)
          .thenComparing(t -> t.id().value().toString())
          .reversed();

  private final Map<TaskId, Task> tasks = new LinkedHashMap<>();

  @Override
  public synchronized void add(Task task) {
    if (tasks.putIfAbsent(task.id(), task) != null) {
      throw new IllegalStateException("duplicate task id " + task.id());
    }
  }

  @Override
  public synchronized Optional<Task> findById(TaskId id) {
    return Optional.ofNullable(tasks.get(id));
  }

  @Override
  public synchronized boolean replace(Task updated, long expectedVersion) {
    Task current = tasks.get(updated.id());
    if (current == null || current.version() != expectedVersion) {
      return false;
    }
    tasks.put(updated.id(), updated);
    return true;
  }

  @Override
  public synchronized boolean remove(TaskId id, long expectedVersion) {
    Task current = tasks.get(id);
    if (current == null || current.version() != expectedVersion) {
      return false;
    }
    tasks.remove(id);
    return true;
  }

  @Override
  public synchronized Page<Task> find(TaskFilter filter, TaskSort sort, PageRequest page) {
    List<Task> matching =
        tasks.values().stream().filter(t -> matches(filter, t)).sorted(order(sort)).toList();
    List<Task> items = matching.stream().skip(page.offset()).limit(page.limit()).toList();
    return new Page<>(items, page, matching.size());
  }

  @Override
  public synchronized long addAll(Iterator<Task> added) {
    Map<TaskId, Task> batch = new LinkedHashMap<>();
    added.forEachRemaining(
        task -> {
          if (tasks.containsKey(task.id()) || batch.putIfAbsent(task.id(), task) != null) {
            throw new IllegalStateException("duplicate task id " + task.id());
          }
        });
    tasks.putAll(batch);
    return batch.size();
  }

  @Override
  public void scan(TaskFilter filter, Consumer<? super Task> sink) {
    List<Task> snapshot;
    synchronized (this) {
      snapshot =
          tasks.values().stream()
              .filter(t -> matches(filter, t))
              .sorted(NEWEST_FIRST.reversed())
              .toList();
    }
    snapshot.forEach(sink);
  }

  @Override
  public synchronized boolean anyCreatedBy(UserId userId) {
    return tasks.values().stream().anyMatch(t -> t.createdBy().equals(userId));
  }

  private static boolean matches(TaskFilter filter, Task task) {
    return (filter.status() == null || filter.status() == task.status())
        && (filter.priority() == null || filter.priority() == task.priority())
        && (filter.assignedTo() == null || filter.assignedTo().equals(task.assignedTo()));
  }

  private static Comparator<Task> order(TaskSort sort) {
    boolean descending = sort.descending();
    Comparator<Task> byKey =
        switch (sort.key()) {
          case CREATED_AT -> descending ? NEWEST_FIRST : NEWEST_FIRST.reversed();
          case PRIORITY -> Comparator.comparing(Task::priority);
          case TITLE -> Comparator.comparing(Task::title, InMemoryTaskRepository::compareNoCase);
          // Tasks without a due date come last in both directions.
          case DUE_DATE ->
              Comparator.comparing(
                  InMemoryTaskRepository::due,
                  Comparator.nullsLast(
                      descending ? Comparator.<Instant>reverseOrder() : Comparator.naturalOrder()));
        };
    return switch (sort.key()) {
      case CREATED_AT -> byKey;
      case DUE_DATE -> byKey.thenComparing(NEWEST_FIRST);
      case PRIORITY, TITLE -> (descending ? byKey.reversed() : byKey).thenComparing(NEWEST_FIRST);
    };
  }

  private static Instant due(Task task) {
    return task.dueDate() == null ? null : task.dueDate().value();
  }

  /** SQLite's NOCASE: ASCII letters fold, everything else compares by code point. */
  private static int compareNoCase(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      int ca = fold(a.charAt(i));
      int cb = fold(b.charAt(i));
      if (ca != cb) {
        return ca - cb;
      }
    }
    return a.length() - b.length();
  }

  private static int fold(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
