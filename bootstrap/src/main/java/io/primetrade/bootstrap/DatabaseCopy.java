package io.primetrade.bootstrap;

import io.primetrade.adapters.cli.Backend;
import io.primetrade.adapters.cli.BackendFactory;
import io.primetrade.adapters.persistence.postgres.PostgresSettings;
import io.primetrade.adapters.persistence.sqlite.SqliteSettings;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserFilter;
import io.primetrade.domain.user.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-shot copy of users and tasks from one database into another that has none ({@code
 * primetrade-admin db copy}), through the repository ports: each adapter reads and writes its own
 * schema, so ids, password hashes, roles, active flags, versions and timestamps arrive as they
 * were, whichever the two stores are. Refresh tokens stay behind: users sign in again.
 */
final class DatabaseCopy {
  /** The code of the conflict when the target already has users or tasks. */
  static final String TARGET_NOT_EMPTY = "db.copy.target_not_empty";

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseCopy.class);
  private static final int USER_PAGE = PageRequest.MAX_LIMIT;
  private static final int TASK_BATCH = 1_000;

  private DatabaseCopy() {}

  /**
   * Opens the database at {@code sourceUrl} (migrating it, as a server of this version would) and
   * copies it into {@code target}.
   *
   * @throws BackendFactory.ConfigurationException when the URL is not a database URL, or names a
   *     SQLite file that does not exist (which opening would create, empty)
   */
  static Backend.Copied copy(String sourceUrl, PrimeTrade.Store target) {
    requireExisting(sourceUrl);
    try (PrimeTrade source = PrimeTrade.builder().databaseUrl(sourceUrl).poolSize(2).build()) {
      return copy(source.store().orElseThrow(), target);
    }
  }

  /** Copies every user, then every task, from {@code from} into {@code to}, which has neither. */
  static Backend.Copied copy(PrimeTrade.Store from, PrimeTrade.Store to) {
    long usersThere = count(to.users());
    long tasksThere = count(to.tasks());
    if (usersThere > 0 || tasksThere > 0) {
      throw new ConflictException(
          TARGET_NOT_EMPTY,
          "The database to copy into already has "
              + usersThere
              + " users and "
              + tasksThere
              + " tasks; copy into an empty one");
    }
    List<UserId> users = new ArrayList<>();
    List<Copied> tasks = new ArrayList<>();
    try {
      for (int page = 1; ; page++) {
        List<User> items =
            from.users().find(UserFilter.ALL, new PageRequest(page, USER_PAGE)).items();
        for (User user : items) {
          to.users().add(user);
          users.add(user.id());
        }
        if (items.size() < USER_PAGE) {
          break;
        }
      }
      List<Task> batch = new ArrayList<>(TASK_BATCH);
      from.tasks()
          .scan(
              TaskFilter.ALL,
              task -> {
                batch.add(task);
                if (batch.size() == TASK_BATCH) {
                  addAll(to.tasks(), batch, tasks);
                }
              });
      addAll(to.tasks(), batch, tasks);
      long usersFrom = count(from.users());
      long tasksFrom = count(from.tasks());
      if (usersFrom != users.size() || tasksFrom != tasks.size()) {
        throw new IllegalStateException(
            "The source changed during the copy ("
                + usersFrom
                + " users and "
                + tasksFrom
                + " tasks now, "
                + users.size()
                + " and "
                + tasks.size()
                + " copied); stop its servers and copy again");
      }
      return new Backend.Copied(users.size(), tasks.size());
    } catch (RuntimeException e) {
      undo(to, users, tasks, e);
      throw e;
    }
  }

  /** What identifies a copied task for its removal. */
  private record Copied(TaskId id, long version) {}

  private static void addAll(TaskRepository target, List<Task> batch, List<Copied> copied) {
    target.addAll(batch.iterator());
    for (Task task : batch) {
      copied.add(new Copied(task.id(), task.version()));
    }
    batch.clear();
  }

  /** Removes what was copied, tasks first, so that a failed copy can simply be run again. */
  private static void undo(
      PrimeTrade.Store to, List<UserId> users, List<Copied> tasks, RuntimeException failure) {
    try {
      for (Copied task : tasks) {
        to.tasks().remove(task.id(), task.version());
      }
      for (UserId user : users) {
        to.users().remove(user);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not remove what the failed copy wrote", e);
      failure.addSuppressed(e);
    }
  }

  private static long count(UserRepository users) {
    return users.find(UserFilter.ALL, new PageRequest(1, 1)).total();
  }

  private static long count(TaskRepository tasks) {
    Page<Task> first = tasks.find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(1, 1));
    return first.total();
  }

  private static void requireExisting(String sourceUrl) {
    if (PostgresSettings.accepts(sourceUrl)) {
      return;
    }
    Path file;
    try {
      file = SqliteSettings.fromJdbcUrl(sourceUrl).file();
    } catch (IllegalArgumentException e) {
      throw new BackendFactory.ConfigurationException(
          "--from is not a database URL: " + e.getMessage(), e);
    }
    if (!Files.isRegularFile(file)) {
      throw new BackendFactory.ConfigurationException(
          "--from names no SQLite database: no such file " + file, null);
    }
  }
}
