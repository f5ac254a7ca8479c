package io.primetrade.domain.task;

import static java.time.temporal.ChronoUnit.MILLIS;

import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A task on the shared board. The canonical constructor is also the rehydration path, so a row read
 * back passes the same checks as a new task.
 *
 * @param description free text, or null
 * @param dueDate when it is due, or null
 * @param assignedTo the username or e-mail address of whoever works on it, or null
 * @param version starts at 1 and grows by one with every change: the optimistic-concurrency token
 */
public record Task(
    TaskId id,
    String title,
    String description,
    TaskStatus status,
    Priority priority,
    DueDate dueDate,
    String assignedTo,
    UserId createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static final int TITLE_MIN = 3;
  public static final int TITLE_MAX = 255;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int ASSIGNED_TO_MAX = 255;

  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(createdBy, "createdBy");
    title = title == null ? "" : title.strip();
    if (title.length() < TITLE_MIN || title.length() > TITLE_MAX) {
      throw InvalidInputException.field(
          "title", "must be " + TITLE_MIN + " to " + TITLE_MAX + " characters");
    }
    requireNoControlCharacters("title", title, false);
    description = blankToNull(description);
    if (description != null && description.length() > DESCRIPTION_MAX) {
      throw InvalidInputException.field(
          "description", "must be at most " + DESCRIPTION_MAX + " characters");
    }
    requireNoControlCharacters("description", description, true);
    assignedTo = blankToNull(assignedTo);
    if (assignedTo != null && assignedTo.length() > ASSIGNED_TO_MAX) {
      throw InvalidInputException.field(
          "assignedTo", "must be at most " + ASSIGNED_TO_MAX + " characters");
    }
    requireNoControlCharacters("assignedTo", assignedTo, false);
    createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
    updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
  }

  /** A new task, version 1; status and priority default to pending and medium. */
  public static Task create(
      TaskId id,
      String title,
      String description,
      TaskStatus status,
      Priority priority,
      DueDate dueDate,
      String assignedTo,
      UserId createdBy,
      Instant now) {
    return new Task(
        id,
        title,
        description,
        status == null ? TaskStatus.PENDING : status,
        priority == null ? Priority.MEDIUM : priority,
        dueDate,
        assignedTo,
        createdBy,
        now,
        now,
        1);
  }

  /** The task with the patch applied, one version later. */
  public Task apply(TaskPatch patch, Instant now) {
    return new Task(
        id,
        patch.title() != null ? patch.title() : title,
        patched(patch.description(), description, patch, TaskField.DESCRIPTION),
        patch.status() != null ? patch.status() : status,
        patch.priority() != null ? patch.priority() : priority,
        patched(patch.dueDate(), dueDate, patch, TaskField.DUE_DATE),
        patched(patch.assignedTo(), assignedTo, patch, TaskField.ASSIGNED_TO),
        createdBy,
        createdAt,
        now,
        version + 1);
  }

  private static <T> T patched(T newValue, T oldValue, TaskPatch patch, TaskField field) {
    if (patch.cleared().contains(field)) {
      return null;
    }
    return newValue != null ? newValue : oldValue;
  }

  /** Control characters garble every screen and log a task appears in; text may keep its lines. */
  private static void requireNoControlCharacters(String field, String text, boolean multiline) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
      if (Character.isISOControl(c) && !(multiline && lineBreakOrTab)) {
        throw InvalidInputException.field(field, "must not contain control characters");
      }
    }
  }

  private static String blankToNull(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
