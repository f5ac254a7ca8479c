package io.primetrade.domain.task;

import io.primetrade.domain.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A change to some fields of a task. A null field stays as it is; a field in {@code cleared} is
 * removed (only the optional ones: description, due date, assignee).
 */
public record TaskPatch(
    String title,
    String description,
    TaskStatus status,
    Priority priority,
    DueDate dueDate,
    String assignedTo,
    Set<TaskField> cleared) {

  public TaskPatch {
    cleared = cleared == null || cleared.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cleared));
    for (TaskField field : cleared) {
      Object value =
          switch (field) {
            case DESCRIPTION -> description;
            case DUE_DATE -> dueDate;
            case ASSIGNED_TO -> assignedTo;
            case TITLE, STATUS, PRIORITY ->
                throw InvalidInputException.field(field.fieldName(), "must not be null");
          };
      if (value != null) {
        throw InvalidInputException.field(field.fieldName(), "cannot be both set and cleared");
      }
    }
    if (title == null
        && description == null
        && status == null
        && priority == null
        && dueDate == null
        && assignedTo == null
        && cleared.isEmpty()) {
      throw new InvalidInputException("Nothing to change: give at least one field", List.of());
    }
  }

  /** The fields this patch sets or clears. */
  public Set<TaskField> fields() {
    EnumSet<TaskField> fields = EnumSet.noneOf(TaskField.class);
    fields.addAll(cleared);
    if (title != null) fields.add(TaskField.TITLE);
    if (description != null) fields.add(TaskField.DESCRIPTION);
    if (status != null) fields.add(TaskField.STATUS);
    if (priority != null) fields.add(TaskField.PRIORITY);
    if (dueDate != null) fields.add(TaskField.DUE_DATE);
    if (assignedTo != null) fields.add(TaskField.ASSIGNED_TO);
    return fields;
  }

  /** Whether the status is the only thing this patch changes: what an assignee may do. */
  public boolean changesOnlyStatus() {
    return fields().equals(EnumSet.of(TaskField.STATUS));
  }
}
