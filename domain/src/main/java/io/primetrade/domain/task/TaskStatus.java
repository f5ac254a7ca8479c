package io.primetrade.domain.task;

import io.primetrade.domain.InvalidInputException;

/** Where a task is in its life; the codes are the words of the API, the CLI and the database. */
public enum TaskStatus {
  PENDING("pending"),
  IN_PROGRESS("in-progress"),
  COMPLETED("completed");

  private final String code;

  TaskStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The status with this code, or an {@link InvalidInputException} on field {@code status}. */
  public static TaskStatus fromCode(String code) {
    for (TaskStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw InvalidInputException.field("status", "must be one of: pending, in-progress, completed");
  }
}
