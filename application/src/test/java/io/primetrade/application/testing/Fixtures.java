package io.primetrade.application.testing;

import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.time.Instant;
import java.util.UUID;

/** Domain objects for tests, with readable defaults. */
public final class Fixtures {
  /** The password behind the hash of every {@link #user}. */
  public static final String PASSWORD = "password1";

  private Fixtures() {}

  public static User user(String username, Role role, Instant at) {
    return User.register(
        new UserId(UUID.randomUUID()),
        new Username(username),
        new Email(username + "@example.com"),
        "insecure:" + PASSWORD,
        role,
        at);
  }

  public static Task task(String title, UserId createdBy, Instant at) {
    return Task.create(
        new TaskId(UUID.randomUUID()),
        title,
        null,
        TaskStatus.PENDING,
        Priority.MEDIUM,
        null,
        null,
        createdBy,
        at);
  }

  public static Task task(
      String title,
      TaskStatus status,
      Priority priority,
      DueDate dueDate,
      String assignedTo,
      UserId createdBy,
      Instant at) {
    return Task.create(
        new TaskId(UUID.randomUUID()),
        title,
        "about " + title,
        status,
        priority,
        dueDate,
        assignedTo,
        createdBy,
        at);
  }
}
