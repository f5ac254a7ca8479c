package io.primetrade.adapters.http.javalin;

import io.primetrade.domain.Page;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.user.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The shapes of the JSON the API writes: camelCase, codes as the API spells them. */
final class Wire {
  /** ISO-8601 in UTC, always with milliseconds, as the reference API writes instants. */
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Wire() {}

  static String instant(Instant instant) {
    return instant == null ? null : INSTANT.format(instant);
  }

  record TaskJson(
      String id,
      String title,
      String description,
      String status,
      String priority,
      String dueDate,
      String assignedTo,
      String createdBy,
      String createdAt,
      String updatedAt,
      long version) {

    static TaskJson from(Task task) {
      return new TaskJson(
          task.id().toString(),
          task.title(),
          task.description(),
          task.status().code(),
          task.priority().code(),
          task.dueDate() == null ? null : instant(task.dueDate().value()),
          task.assignedTo(),
          task.createdBy().toString(),
          instant(task.createdAt()),
          instant(task.updatedAt()),
          task.version());
    }
  }

  record UserJson(String id, String username, String email, String role) {
    static UserJson from(User user) {
      return new UserJson(
          user.id().toString(), user.username().value(), user.email().value(), user.role().code());
    }
  }

  /** An account as admins see it. */
  record AccountJson(
      String id,
      String username,
      String email,
      String role,
      boolean active,
      String createdAt,
      String updatedAt) {
    static AccountJson from(User user) {
      return new AccountJson(
          user.id().toString(),
          user.username().value(),
          user.email().value(),
          user.role().code(),
          user.active(),
          instant(user.createdAt()),
          instant(user.updatedAt()));
    }
  }

  /** {@code refreshToken} is left out when no session was started (an admin made the account). */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record RegisteredJson(String token, String refreshToken, UserJson user) {}

  record LoggedInJson(String token, String refreshToken, String role, UserJson user) {}

  record MessageJson(String message) {}

  record PageMeta(int page, int limit, long total) {
    static PageMeta of(Page<?> page) {
      return new PageMeta(page.request().page(), page.request().limit(), page.total());
    }
  }
}
