package io.primetrade.domain.task;

import io.primetrade.domain.InvalidInputException;

/** How urgent a task is, lowest first: the declaration order is the sort order. */
public enum Priority {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high");

  private final String code;

  Priority(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The priority with this code, or an {@link InvalidInputException} on field {@code priority}. */
  public static Priority fromCode(String code) {
    for (Priority priority : values()) {
      if (priority.code.equals(code)) {
        return priority;
      }
    }
    throw InvalidInputException.field("priority", "must be one of: low, medium, high");
  }
}
