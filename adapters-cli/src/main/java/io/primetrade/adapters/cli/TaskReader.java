package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.ImportTasksUseCase.Row;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the rows of an import file one at a time, each with the line it starts on. The fields an
 * export writes are accepted; those the store sets itself (id, creator, times, version) are
 * ignored, so that an export imports again. Unknown fields and unreadable lines are refused with an
 * {@link InvalidInputException} whose message starts with {@code Line <n>: }; an {@link
 * java.io.UncheckedIOException} means the input itself failed.
 */
interface TaskReader extends Iterator<Row>, Closeable {
  /** Closes the input; never throws. */
  @Override
  void close();

  static InvalidInputException lineError(long line, String message) {
    return new InvalidInputException("Line " + line + ": " + message, List.of());
  }

  static InvalidInputException fieldError(long line, String field, String message) {
    return new InvalidInputException(
        "Line " + line + ": " + field + " " + message, List.of(new FieldError(field, message)));
  }

  static String known() {
    return String.join(", ", Views.TaskJson.FIELDS);
  }
}
