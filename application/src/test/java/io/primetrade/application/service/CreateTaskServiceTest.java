package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.CreateTaskUseCase.Command;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreateTaskServiceTest {
  private final TestCore tc = new TestCore();
  private final Actor admin = Fixtures.user("boss", Role.ADMIN, T0).asActor();
  private final Actor ann = Fixtures.user("ann", Role.USER, T0).asActor();

  private Task create(Command command) {
    return tc.core.createTask().create(command);
  }

  private static Command titled(Actor actor, String title) {
    return new Command(actor, title, null, null, null, null, null);
  }

  private long storedCount() {
    return tc.tasks.find(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(1, 100)).total();
  }

  private InvalidInputException refusal(Command command) {
    InvalidInputException e = thrown(InvalidInputException.class, () -> create(command));
    assertThat(storedCount()).isZero();
    return e;
  }

  @Test
  void adminCreates_withDefaults() {
    tc.clock.advance(Duration.ofMinutes(5));

    Task task = create(titled(admin, "  Write the report "));

    assertThat(task.title()).isEqualTo("Write the report");
    assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(task.priority()).isEqualTo(Priority.MEDIUM);
    assertThat(task.version()).isEqualTo(1);
    assertThat(task.createdBy()).isEqualTo(admin.id());
    assertThat(task.createdAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(task.updatedAt()).isEqualTo(task.createdAt());
    assertThat(tc.tasks.findById(task.id())).contains(task);
  }

  @Test
  void adminCreates_withEveryField() {
    DueDate due = new DueDate(Instant.parse("2026-12-01T00:00:00Z"));

    Task task =
        create(
            new Command(
                admin,
                "Write the report",
                "quarterly numbers",
                TaskStatus.IN_PROGRESS,
                Priority.HIGH,
                due,
                "ann"));

    assertThat(tc.tasks.findById(task.id()).orElseThrow())
        .extracting(
            Task::description, Task::status, Task::priority, Task::dueDate, Task::assignedTo)
        .containsExactly("quarterly numbers", TaskStatus.IN_PROGRESS, Priority.HIGH, due, "ann");
  }

  @Test
  void eachTaskGetsItsOwnId() {
    Task first = create(titled(admin, "First task"));
    Task second = create(titled(admin, "Second task"));

    assertThat(first.id()).isNotEqualTo(second.id());
    assertThat(storedCount()).isEqualTo(2);
  }

  @Test
  void userMayNotCreate_andNothingIsStored() {
    ForbiddenException e =
        thrown(ForbiddenException.class, () -> create(titled(ann, "Write the report")));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("task.create.forbidden");
    assertThat(storedCount()).isZero();
  }

  @Test
  void refusesTitleTooShort() {
    assertThat(refusal(titled(admin, "ab")).errors())
        .containsExactly(new FieldError("title", "must be 3 to 255 characters"));
  }

  @Test
  void refusesTitleTooLong() {
    assertThat(refusal(titled(admin, "t".repeat(256))).errors())
        .containsExactly(new FieldError("title", "must be 3 to 255 characters"));
  }

  @Test
  void refusesBlankTitle_thatOnlyLooksLongEnough() {
    assertThat(refusal(titled(admin, "     ")).errors())
        .containsExactly(new FieldError("title", "must be 3 to 255 characters"));
  }

  @Test
  void refusesMissingTitle() {
    assertThat(refusal(titled(admin, null)).errors())
        .containsExactly(new FieldError("title", "is required"));
  }

  @Test
  void refusesDescriptionTooLong() {
    Command command =
        new Command(admin, "Write the report", "d".repeat(2001), null, null, null, null);

    assertThat(refusal(command).errors())
        .containsExactly(new FieldError("description", "must be at most 2000 characters"));
  }

  @Test
  void refusesAssignedToTooLong() {
    Command command =
        new Command(admin, "Write the report", null, null, null, null, "a".repeat(256));

    assertThat(refusal(command).errors())
        .containsExactly(new FieldError("assignedTo", "must be at most 255 characters"));
  }

  @Test
  void reportsEveryBadField_atOnce() {
    Command command = new Command(admin, "ab", "d".repeat(2001), null, null, null, "a".repeat(256));

    assertThat(refusal(command).errors())
        .extracting(FieldError::field)
        .containsExactly("title", "description", "assignedTo");
  }
}
