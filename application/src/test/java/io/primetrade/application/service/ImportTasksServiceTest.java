package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.ImportTasksUseCase.Command;
import io.primetrade.application.port.in.ImportTasksUseCase.Result;
import io.primetrade.application.port.in.ImportTasksUseCase.Row;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportTasksServiceTest {
  private final TestCore tc = new TestCore();
  private final User boss = Fixtures.user("boss", Role.ADMIN, T0);
  private final User ann = Fixtures.user("ann", Role.USER, T0);
  private final Actor admin = boss.asActor();

  @BeforeEach
  void addUsers() {
    tc.users.add(boss);
    tc.users.add(ann);
  }

  /**
   * Rows as a file reader hands them out, counting how many were read; it may fail as a reader does
   * on a line it cannot parse, either when asked whether there is more or when asked for it.
   */
  private static final class Reader implements Iterator<Row> {
    private final List<Row> rows;
    private final long failingLine;
    private final boolean failInHasNext;
    private int read;

    Reader(List<Row> rows, long failingLine, boolean failInHasNext) {
      this.rows = rows;
      this.failingLine = failingLine;
      this.failInHasNext = failInHasNext;
    }

    static Reader of(List<Row> rows) {
      return new Reader(rows, -1, false);
    }

    @Override
    public boolean hasNext() {
      if (failInHasNext && atFailingLine()) {
        throw unreadable();
      }
      return read < rows.size();
    }

    @Override
    public Row next() {
      if (!failInHasNext && atFailingLine()) {
        throw unreadable();
      }
      if (read >= rows.size()) {
        throw new NoSuchElementException();
      }
      return rows.get(read++);
    }

    private boolean atFailingLine() {
      return read < rows.size() && rows.get(read).line() == failingLine;
    }

    private InvalidInputException unreadable() {
      return new InvalidInputException("Line " + failingLine + ": malformed JSON", List.of());
    }

    int read() {
      return read;
    }
  }

  private static Row titled(long line, String title) {
    return new Row(line, title, null, null, null, null, null);
  }

  /** Rows on lines 1 to n, titled "Task 1" to "Task n". */
  private static List<Row> rows(int n) {
    return LongStream.rangeClosed(1, n).mapToObj(i -> titled(i, "Task " + i)).toList();
  }

  /** Rows 1 to n, with {@code bad} in place of the one on its line. */
  private static List<Row> rowsWith(int n, Row bad) {
    List<Row> rows = new ArrayList<>(rows(n));
    rows.set((int) bad.line() - 1, bad);
    return rows;
  }

  private Result importRows(Iterator<Row> rows, Integer batchSize) {
    return importAs(admin, boss.id().toString(), rows, batchSize);
  }

  private Result importAs(Actor actor, String createdBy, Iterator<Row> rows, Integer batchSize) {
    return tc.core.importTasks().importTasks(new Command(actor, createdBy, rows, batchSize));
  }

  private List<Task> stored() {
    return tc.tasks.find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(1, 100)).items();
  }

  private List<String> storedTitles() {
    return stored().stream().map(Task::title).toList();
  }

  private InvalidInputException refusal(Iterator<Row> rows, Integer batchSize) {
    return thrown(InvalidInputException.class, () -> importRows(rows, batchSize));
  }

  @Test
  void importsRow_withTheApisDefaults() {
    tc.clock.advance(Duration.ofMinutes(5));

    Result result = importRows(Reader.of(List.of(titled(1, "  Write the report "))), null);

    assertThat(result).isEqualTo(new Result(1, 1));
    Task task = stored().get(0);
    assertThat(task.title()).isEqualTo("Write the report");
    assertThat(task.description()).isNull();
    assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(task.priority()).isEqualTo(Priority.MEDIUM);
    assertThat(task.dueDate()).isNull();
    assertThat(task.assignedTo()).isNull();
    assertThat(task.createdBy()).isEqualTo(boss.id());
    assertThat(task.createdAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(task.updatedAt()).isEqualTo(task.createdAt());
    assertThat(task.version()).isEqualTo(1);
  }

  @Test
  void importsEveryField_inTheApisWords() {
    Row row =
        new Row(1, "Write the report", "quarterly", "in-progress", "high", "2026-12-01", "ann");

    importRows(Reader.of(List.of(row)), null);

    assertThat(stored())
        .singleElement()
        .extracting(
            Task::description, Task::status, Task::priority, Task::dueDate, Task::assignedTo)
        .containsExactly(
            "quarterly",
            TaskStatus.IN_PROGRESS,
            Priority.HIGH,
            new DueDate(Instant.parse("2026-12-01T00:00:00Z")),
            "ann");
  }

  @Test
  void eachRowBecomesItsOwnTask() {
    importRows(Reader.of(rows(3)), null);

    assertThat(storedTitles()).containsExactlyInAnyOrder("Task 1", "Task 2", "Task 3");
    assertThat(stored().stream().map(Task::id).distinct()).hasSize(3);
  }

  @Test
  void attributesTasksToCreatedBy_givenById() {
    importAs(admin, ann.id().toString(), Reader.of(rows(2)), null);

    assertThat(stored()).extracting(Task::createdBy).containsOnly(ann.id());
  }

  @Test
  void attributesTasksToCreatedBy_givenByEmailInAnyCase() {
    importAs(admin, "ANN@Example.com", Reader.of(rows(2)), null);

    assertThat(stored()).extracting(Task::createdBy).containsOnly(ann.id());
  }

  @Test
  void unknownCreatedBy_isNotFound_beforeAnyRowIsRead() {
    Reader reader = Reader.of(rows(2));

    NotFoundException e =
        thrown(NotFoundException.class, () -> importAs(admin, "nobody@example.com", reader, null));

    assertThat(e.code()).isEqualTo("user.not_found");
    assertThat(reader.read()).isZero();
    assertThat(stored()).isEmpty();
  }

  @Test
  void unknownCreatedById_isNotFound() {
    thrown(
        NotFoundException.class,
        () -> importAs(admin, new UUID(42, 42).toString(), Reader.of(rows(1)), null));

    assertThat(stored()).isEmpty();
  }

  @Test
  void malformedCreatedBy_isInvalidInputOnCreatedBy() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> importAs(admin, "42", Reader.of(rows(1)), null));

    assertThat(e.errors()).containsExactly(new FieldError("createdBy", "must be a UUID"));
  }

  @Test
  void missingCreatedBy_isRequired() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> importAs(admin, null, Reader.of(rows(1)), null));

    assertThat(e.errors()).containsExactly(new FieldError("createdBy", "is required"));
  }

  @Test
  void titleTooShort_namesItsLine_andNothingIsStored() {
    InvalidInputException e = refusal(Reader.of(rowsWith(4, titled(3, "ab"))), null);

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
    assertThat(e.getMessage()).startsWith("Line 3: ").contains("title must be 3 to 255 characters");
    assertThat(e.errors()).containsExactly(new FieldError("title", "must be 3 to 255 characters"));
    assertThat(stored()).isEmpty();
  }

  @Test
  void unknownStatus_namesItsLine() {
    Row done = new Row(2, "Write the report", null, "done", null, null, null);

    InvalidInputException e = refusal(Reader.of(rowsWith(3, done)), null);

    assertThat(e.getMessage())
        .isEqualTo("Line 2: status must be one of: pending, in-progress, completed");
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("status");
    assertThat(stored()).isEmpty();
  }

  @Test
  void unknownPriority_namesItsLine() {
    Row urgent = new Row(1, "Write the report", null, null, "urgent", null, null);

    InvalidInputException e = refusal(Reader.of(List.of(urgent)), null);

    assertThat(e.getMessage()).startsWith("Line 1: ");
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("priority");
  }

  @Test
  void badDueDate_namesItsLine() {
    Row tomorrow = new Row(2, "Write the report", null, null, null, "tomorrow", null);

    InvalidInputException e = refusal(Reader.of(rowsWith(2, tomorrow)), null);

    assertThat(e.getMessage()).startsWith("Line 2: ");
    assertThat(e.errors())
        .containsExactly(new FieldError("dueDate", "must be an ISO-8601 date or date-time"));
    assertThat(stored()).isEmpty();
  }

  @Test
  void namesTheLineTheRowGives_notItsPosition() {
    List<Row> rows = List.of(titled(10, "Task one"), titled(25, "x"));

    InvalidInputException e = refusal(Reader.of(rows), null);

    assertThat(e.getMessage()).startsWith("Line 25: ");
  }

  @Test
  void stopsReading_atTheFirstBadRow() {
    Reader reader = Reader.of(rowsWith(10, titled(3, "ab")));

    refusal(reader, null);

    assertThat(reader.read()).isEqualTo(3);
  }

  @Test
  void withoutBatchSize_badFifthRow_storesNothing() {
    InvalidInputException e = refusal(Reader.of(rowsWith(6, titled(5, "ab"))), null);

    assertThat(e.getMessage()).startsWith("Line 5: ");
    assertThat(stored()).isEmpty();
  }

  @Test
  void withBatchSize2_badFifthRow_keepsTheFirstTwoBatches() {
    InvalidInputException e = refusal(Reader.of(rowsWith(6, titled(5, "ab"))), 2);

    assertThat(storedTitles()).containsExactlyInAnyOrder("Task 1", "Task 2", "Task 3", "Task 4");
    assertThat(e.getMessage()).startsWith("Line 5: ").contains("4 tasks");
    assertThat(e.errors()).containsExactly(new FieldError("title", "must be 3 to 255 characters"));
  }

  @Test
  void withBatchSize2_badFourthRow_dropsItsWholeBatch() {
    InvalidInputException e = refusal(Reader.of(rowsWith(6, titled(4, "ab"))), 2);

    assertThat(storedTitles()).containsExactlyInAnyOrder("Task 1", "Task 2");
    assertThat(e.getMessage()).startsWith("Line 4: ").contains("2 tasks");
  }

  @Test
  void withBatchSize_badFirstRow_storesNothing() {
    InvalidInputException e = refusal(Reader.of(rowsWith(4, titled(1, "ab"))), 2);

    assertThat(e.getMessage()).startsWith("Line 1: ").contains("0 tasks");
    assertThat(stored()).isEmpty();
  }

  @Test
  void readerFailingMidBatch_dropsOnlyThatBatch() {
    Reader reader = new Reader(rows(6), 4, false);

    InvalidInputException e = refusal(reader, 2);

    assertThat(storedTitles()).containsExactlyInAnyOrder("Task 1", "Task 2");
    assertThat(e.getMessage()).startsWith("Line 4: malformed JSON").contains("2 tasks");
  }

  @Test
  void readerFailingAtBatchStart_keepsEarlierBatches_andSaysHowMany() {
    // A reader that reads ahead fails in hasNext(): here as the third batch begins.
    Reader reader = new Reader(rows(6), 5, true);

    InvalidInputException e = refusal(reader, 2);

    assertThat(storedTitles()).containsExactlyInAnyOrder("Task 1", "Task 2", "Task 3", "Task 4");
    assertThat(e.getMessage()).startsWith("Line 5: malformed JSON").contains("4 tasks");
  }

  @Test
  void readerFailingInNextAtBatchStart_keepsEarlierBatches() {
    Reader reader = new Reader(rows(6), 5, false);

    InvalidInputException e = refusal(reader, 2);

    assertThat(storedTitles()).containsExactlyInAnyOrder("Task 1", "Task 2", "Task 3", "Task 4");
    assertThat(e.getMessage()).startsWith("Line 5: malformed JSON").contains("4 tasks");
  }

  @Test
  void readerFailing_withoutBatchSize_storesNothing() {
    for (boolean inHasNext : new boolean[] {false, true}) {
      InvalidInputException e = refusal(new Reader(rows(6), 5, inHasNext), null);

      assertThat(e.getMessage())
          .as("in hasNext: %s", inHasNext)
          .startsWith("Line 5: malformed JSON");
      assertThat(stored()).as("in hasNext: %s", inHasNext).isEmpty();
    }
  }

  @Test
  void resultCountsTasksAndBatches() {
    assertThat(importRows(Reader.of(rows(5)), 2)).isEqualTo(new Result(5, 3));
    assertThat(importRows(Reader.of(rows(4)), 2)).isEqualTo(new Result(4, 2));
    assertThat(importRows(Reader.of(rows(3)), 10)).isEqualTo(new Result(3, 1));
    assertThat(importRows(Reader.of(rows(5)), null)).isEqualTo(new Result(5, 1));
    assertThat(stored()).hasSize(17);
  }

  @Test
  void noRows_importNothing_inNoBatch() {
    assertThat(importRows(Reader.of(List.of()), null)).isEqualTo(new Result(0, 0));
    assertThat(importRows(Reader.of(List.of()), 2)).isEqualTo(new Result(0, 0));
    assertThat(stored()).isEmpty();
  }

  @Test
  void refusesBatchSizeBelowOne_beforeReading() {
    for (int batchSize : new int[] {0, -1}) {
      Reader reader = Reader.of(rows(2));

      InvalidInputException e = refusal(reader, batchSize);

      assertThat(e.errors()).containsExactly(new FieldError("batchSize", "must be at least 1"));
      assertThat(reader.read()).isZero();
    }
    assertThat(stored()).isEmpty();
  }

  @Test
  void operatorMayImport() {
    Result result = importAs(Actor.operator(), boss.id().toString(), Reader.of(rows(2)), null);

    assertThat(result.imported()).isEqualTo(2);
    assertThat(stored()).hasSize(2);
  }

  @Test
  void userMayNotImport_andNothingIsReadOrStored() {
    Reader reader = Reader.of(rows(2));

    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> importAs(ann.asActor(), ann.id().toString(), reader, null));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("task.transfer.forbidden");
    assertThat(reader.read()).isZero();
    assertThat(stored()).isEmpty();
  }
}
