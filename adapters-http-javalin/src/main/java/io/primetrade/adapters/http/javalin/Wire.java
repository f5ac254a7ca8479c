package io.primetrade.adapters.http.javalin;

import io.primetrade.domain.Page;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.user.User;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The shapes of the JSON the API writes: camelCase, codes as the API spells them. */
final class Wire {
  /** ISO-8601 in UTC, always with milliseconds, as the reference API writes instants. */
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Wire() {}

  /**
   * {@code instant} as {@link #INSTANT} writes it. Years 0 to 9999 are written out by hand: the
   * formatter took 6% of a task page's CPU time (three instants per task); other years, which no
   * stored task has, still go through it.
   */
  static String instant(Instant instant) {
    if (instant == null) {
      return null;
    }
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      return INSTANT.format(instant);
    }
    char[] c = new char[24];
    digits(c, 0, year, 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    c[19] = '.';
    digits(c, 20, t.getNano() / 1_000_000, 3);
    c[23] = 'Z';
    return new String(c);
  }

  /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code at}. */
  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
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
