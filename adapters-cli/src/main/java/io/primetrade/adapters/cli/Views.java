package io.primetrade.adapters.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.domain.Page;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.user.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The shapes the tool writes as JSON, JSON Lines and CSV: the API's words and formats. */
final class Views {
  /** ISO-8601 in UTC, always with milliseconds, as the API writes instants. */
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Views() {}

  static String instant(Instant instant) {
    return instant == null ? null : INSTANT.format(instant);
  }

  /** A task with every field: {@code tasks show --json}, list items, and each exported record. */
  @JsonPropertyOrder({
    "id",
    "title",
    "description",
    "status",
    "priority",
    "dueDate",
    "assignedTo",
    "createdBy",
    "createdAt",
    "updatedAt",
    "version"
  })
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

    /** The fields in file order: the export's columns, which an import accepts. */
    static final List<String> FIELDS =
        List.of(
            "id",
            "title",
            "description",
            "status",
            "priority",
            "dueDate",
            "assignedTo",
            "createdBy",
            "createdAt",
            "updatedAt",
            "version");

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

  record UserJson(
      String id,
      String username,
      String email,
      String role,
      boolean active,
      String createdAt,
      String updatedAt) {
    static UserJson from(User user) {
      return new UserJson(
          user.id().toString(),
          user.username().value(),
          user.email().value(),
          user.role().code(),
          user.active(),
          instant(user.createdAt()),
          instant(user.updatedAt()));
    }
  }

  record PageJson<T>(List<T> items, int page, int limit, long total) {
    static <S, T> PageJson<T> from(Page<S> page, Function<? super S, ? extends T> view) {
      return new PageJson<>(
          page.items().stream().<T>map(view).toList(),
          page.request().page(),
          page.request().limit(),
          page.total());
    }
  }

  record StatusJson(String version, int pending, Map<String, Long> rows, Map<String, Long> bytes) {
    static StatusJson from(DatabaseMaintenance.Status status) {
      return new StatusJson(status.version(), status.pending(), status.rows(), status.bytes());
    }
  }

  record TokenJson(String token, String expiresAt) {}
}
