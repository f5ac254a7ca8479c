package io.primetrade.application.port.in;

import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Iterator;

/**
 * Adds many tasks at once from rows read by a delivery app (JSON Lines, CSV), streaming: the rows
 * are read, checked and written one at a time.
 */
public interface ImportTasksUseCase {
  /**
   * Imports every row, in one transaction or in batches of {@code batchSize} rows, each its own
   * transaction.
   *
   * @throws InvalidInputException naming the line of the first bad row; nothing of that row's batch
   *     is written (with no batch size: nothing at all), earlier batches stay
   * @throws NotFoundException when {@code createdBy} names no user
   * @throws ForbiddenException when the actor is not an admin
   */
  Result importTasks(Command command);

  /**
   * @param createdBy the id or e-mail address of the user the new tasks are attributed to
   * @param rows the rows, read lazily; an iterator may itself throw an {@link
   *     InvalidInputException} for a row it cannot read
   * @param batchSize rows per transaction, or null for a single transaction
   */
  record Command(
      @NotNull Actor actor,
      @NotNull(message = "is required") String createdBy,
      @NotNull Iterator<Row> rows,
      @Min(value = 1, message = "must be at least {value}") Integer batchSize) {}

  /**
   * One task as a file gives it: the API's words, checked as the API checks them. Null fields take
   * the API's defaults.
   *
   * @param line where the row starts in its file, for error messages
   */
  record Row(
      long line,
      String title,
      String description,
      String status,
      String priority,
      String dueDate,
      String assignedTo) {}

  /** What was imported. */
  record Result(long imported, int batches) {}
}
