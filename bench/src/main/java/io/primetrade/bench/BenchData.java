package io.primetrade.bench;

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

/** Tasks and users shaped like the load benchmark's seed data, for the JMH benchmarks. */
public final class BenchData {
  private static final TaskStatus[] STATUSES = TaskStatus.values();
  private static final Priority[] PRIORITIES = Priority.values();

  private BenchData() {}

  public static User user(String name, Role role) {
    return User.register(
        new UserId(UUID.randomUUID()),
        new Username(name),
        new Email(name + "@example.com"),
        "$2a$10$abcdefghijklmnopqrstuu5Nn2nqz2o0dDq3XyYnLFrT1v2fHq4yS",
        role,
        Instant.now());
  }

  public static Task task(int n, UserId createdBy) {
    Instant now = Instant.now().minusSeconds(n);
    return Task.create(
        new TaskId(UUID.randomUUID()),
        "Seeded task " + n,
        "Part of the benchmark data set.",
        STATUSES[n % STATUSES.length],
        PRIORITIES[n / 3 % PRIORITIES.length],
        DueDate.parse(String.format("2027-01-%02d", n % 28 + 1)),
        "user" + (n % 100 + 1),
        createdBy,
        now);
  }
}
