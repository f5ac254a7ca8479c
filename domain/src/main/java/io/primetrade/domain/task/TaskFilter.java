package io.primetrade.domain.task;

/** Which tasks a listing shows; a null criterion matches every task. */
public record TaskFilter(TaskStatus status, Priority priority, String assignedTo) {
  public static final TaskFilter ALL = new TaskFilter(null, null, null);
}
