package io.primetrade.domain.task;

/** The fields of a task that people may change; the names are the API's. */
public enum TaskField {
  TITLE("title"),
  DESCRIPTION("description"),
  STATUS("status"),
  PRIORITY("priority"),
  DUE_DATE("dueDate"),
  ASSIGNED_TO("assignedTo");

  private final String fieldName;

  TaskField(String fieldName) {
    this.fieldName = fieldName;
  }

  public String fieldName() {
    return fieldName;
  }
}
