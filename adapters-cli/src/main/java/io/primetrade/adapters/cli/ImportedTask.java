package io.primetrade.adapters.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.primetrade.application.port.in.ImportTasksUseCase.Row;

/** The fields of an import record the core reads; the others of an export are ignored. */
@JsonIgnoreProperties({"id", "createdBy", "createdAt", "updatedAt", "version"})
record ImportedTask(
    String title,
    String description,
    String status,
    String priority,
    String dueDate,
    String assignedTo) {

  Row toRow(long line) {
    return new Row(line, title, description, status, priority, dueDate, assignedTo);
  }
}
