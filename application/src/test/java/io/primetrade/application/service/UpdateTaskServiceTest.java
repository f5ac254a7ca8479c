package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.application.port.in.UpdateTaskUseCase.Command;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.InMemoryTaskRepository;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.StaleVersionException;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskField;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskPatch;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateTaskServiceTest {
  private final TestCore tc = new TestCore();
  private final User adminUser = Fixtures.user("boss", Role.ADMIN, T0);
  private final Actor admin = adminUser.asActor();
  private final Actor ann = Fixtures.user("ann", Role.USER, T0).asActor();
  private Task annsTask;
  private Task bobsTask;

  @BeforeEach
  void addTasks() {
    annsTask = add("Write the report", "ann");
    bobsTask = add("Review the report", "bob");
  }

  private Task add(String title, String assignedTo) {
    Task task =
        Fixtures.task(
            title, TaskStatus.PENDING, Priority.MEDIUM, null, assignedTo, adminUser.id(), T0);
    tc.tasks.add(task);
    return task;
  }

  private Task update(Command command) {
    return tc.core.updateTask().update(command);
  }

  private Task stored(Task task) {
    return tc.tasks.findById(task.id()).orElseThrow();
  }

  private static Command retitle(Actor actor, TaskId id, Long ifMatch, String title) {
    return new Command(actor, id, ifMatch, title, null, null, null, null, null, Set.of());
  }

  @Test
  void adminChangesFields_andVersionGrows() {
    tc.clock.advance(Duration.ofMinutes(5));
    DueDate due = new DueDate(Instant.parse("2026-12-01T00:00:00Z"));

    Task updated =
        update(
            new Command(
                admin,
                annsTask.id(),
                null,
                "Write the final report",
                "with numbers",
                TaskStatus.IN_PROGRESS,
                Priority.HIGH,
                due,
                "bob",
                Set.of()));

    assertThat(updated.title()).isEqualTo("Write the final report");
    assertThat(updated.description()).isEqualTo("with numbers");
    assertThat(updated.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(updated.priority()).isEqualTo(Priority.HIGH);
    assertThat(updated.dueDate()).isEqualTo(due);
    assertThat(updated.assignedTo()).isEqualTo("bob");
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.updatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(stored(annsTask)).isEqualTo(updated);
  }

  @Test
  void adminClearsOptionalFields() {
    Task updated =
        update(
            new Command(
                admin,
                annsTask.id(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of(TaskField.DESCRIPTION, TaskField.ASSIGNED_TO)));

    assertThat(updated.description()).isNull();
    assertThat(updated.assignedTo()).isNull();
    assertThat(stored(annsTask).assignedTo()).isNull();
  }

  @Test
  void eachChange_bumpsVersionAgain() {
    update(Command.status(admin, annsTask.id(), TaskStatus.IN_PROGRESS));
    Task third = update(Command.status(admin, annsTask.id(), TaskStatus.COMPLETED));

    assertThat(third.version()).isEqualTo(3);
  }

  @Test
  void userMovesStatus_ofTaskAssignedByUsername() {
    Task updated = update(Command.status(ann, annsTask.id(), TaskStatus.COMPLETED));

    assertThat(updated.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(stored(annsTask).status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(stored(annsTask).version()).isEqualTo(2);
  }

  @Test
  void userMovesStatus_ofTaskAssignedByEmailInOtherCase() {
    Task byEmail = add("Book the room", "ANN@Example.COM");

    Task updated = update(Command.status(ann, byEmail.id(), TaskStatus.IN_PROGRESS));

    assertThat(updated.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(stored(byEmail).status()).isEqualTo(TaskStatus.IN_PROGRESS);
  }

  @Test
  void userMayNotRetitle_ownTask() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> update(retitle(ann, annsTask.id(), null, "Another title")));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(stored(annsTask)).isEqualTo(annsTask);
  }

  @Test
  void userMayNotMoveStatus_ofSomeoneElsesTask() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> update(Command.status(ann, bobsTask.id(), TaskStatus.COMPLETED)));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
    assertThat(stored(bobsTask)).isEqualTo(bobsTask);
  }

  @Test
  void userMayNotMoveStatus_ofUnassignedTask() {
    Task unassigned = add("Nobody's job", null);

    thrown(
        ForbiddenException.class,
        () -> update(Command.status(ann, unassigned.id(), TaskStatus.COMPLETED)));

    assertThat(stored(unassigned).status()).isEqualTo(TaskStatus.PENDING);
  }

  @Test
  void rejectsStaleIfMatch() {
    update(Command.status(admin, annsTask.id(), TaskStatus.IN_PROGRESS));
    Task current = stored(annsTask);

    StaleVersionException e =
        thrown(
            StaleVersionException.class,
            () -> update(retitle(admin, annsTask.id(), 1L, "Another title")));

    assertThat(e.kind()).isEqualTo(ErrorKind.STALE_VERSION);
    assertThat(e.currentVersion()).isEqualTo(2);
    assertThat(stored(annsTask)).isEqualTo(current);
  }

  @Test
  void acceptsCurrentIfMatch() {
    Task updated = update(retitle(admin, annsTask.id(), 1L, "Another title"));

    assertThat(updated.title()).isEqualTo("Another title");
    assertThat(updated.version()).isEqualTo(2);
  }

  @Test
  void refusesEmptyPatch() {
    InvalidInputException e =
        thrown(
            InvalidInputException.class, () -> update(Command.status(admin, annsTask.id(), null)));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
    assertThat(stored(annsTask)).isEqualTo(annsTask);
  }

  @Test
  void refusesTitleTooShort_namingTheField() {
    InvalidInputException e =
        thrown(
            InvalidInputException.class, () -> update(retitle(admin, annsTask.id(), null, "ab")));

    assertThat(e.errors()).containsExactly(new FieldError("title", "must be 3 to 255 characters"));
  }

  @Test
  void unknownTask_isNotFound() {
    NotFoundException e =
        thrown(
            NotFoundException.class,
            () -> update(Command.status(admin, new TaskId(new UUID(9, 9)), TaskStatus.COMPLETED)));

    assertThat(e.code()).isEqualTo("task.not_found");
  }

  /**
   * A service on {@code annsTask} alone, whose writes lose {@code races} races to {@code other}.
   */
  private RacingTaskRepository racing(int races, BiConsumer<TaskRepository, TaskId> other) {
    InMemoryTaskRepository store = new InMemoryTaskRepository();
    store.add(annsTask);
    return new RacingTaskRepository(store, races, other);
  }

  private UpdateTaskUseCase serviceOn(TaskRepository repository) {
    return new UpdateTaskService(repository, TaskCache.NONE, tc.clock, TestCore.validator());
  }

  /** Another writer's change: a new title, one version later. */
  private void retitledMeanwhile(TaskRepository store, TaskId id) {
    Task current = store.findById(id).orElseThrow();
    Task theirs =
        current.apply(
            new TaskPatch("Changed meanwhile", null, null, null, null, null, Set.of()),
            tc.clock.instant());
    assertThat(store.replace(theirs, current.version())).isTrue();
  }

  @Test
  void concurrentChange_withoutIfMatch_isRetriedOnTheFreshTask() {
    RacingTaskRepository store = racing(1, this::retitledMeanwhile);

    Task updated =
        serviceOn(store).update(Command.status(admin, annsTask.id(), TaskStatus.COMPLETED));

    assertThat(updated.title()).isEqualTo("Changed meanwhile");
    assertThat(updated.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(updated.version()).isEqualTo(3);
    assertThat(store.findById(annsTask.id())).contains(updated);
    assertThat(store.writes()).isEqualTo(2);
  }

  @Test
  void concurrentChange_withoutIfMatch_checksTheRolesAgainOnTheFreshTask() {
    RacingTaskRepository store =
        racing(
            1,
            (tasks, id) -> {
              Task current = tasks.findById(id).orElseThrow();
              Task reassigned =
                  current.apply(
                      new TaskPatch(null, null, null, null, null, "bob", Set.of()),
                      tc.clock.instant());
              assertThat(tasks.replace(reassigned, current.version())).isTrue();
            });

    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () ->
                serviceOn(store).update(Command.status(ann, annsTask.id(), TaskStatus.COMPLETED)));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    Task kept = store.findById(annsTask.id()).orElseThrow();
    assertThat(kept.assignedTo()).isEqualTo("bob");
    assertThat(kept.status()).isEqualTo(TaskStatus.PENDING);
  }

  @Test
  void concurrentChange_betweenLoadAndReplace_isAConflict() {
    RacingTaskRepository store = racing(RacingTaskRepository.ALWAYS, this::retitledMeanwhile);

    ConflictException e =
        thrown(
            ConflictException.class,
            () ->
                serviceOn(store)
                    .update(Command.status(admin, annsTask.id(), TaskStatus.COMPLETED)));

    assertThat(e.code()).isEqualTo("task.concurrent_update");
    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(store.writes()).isEqualTo(UpdateTaskService.ATTEMPTS);
    Task kept = store.findById(annsTask.id()).orElseThrow();
    assertThat(kept.title()).isEqualTo("Changed meanwhile");
    assertThat(kept.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(kept.version()).isEqualTo(1 + UpdateTaskService.ATTEMPTS);
  }

  @Test
  void concurrentChange_withIfMatch_isAConflictAtOnce() {
    RacingTaskRepository store = racing(1, this::retitledMeanwhile);

    ConflictException e =
        thrown(
            ConflictException.class,
            () ->
                serviceOn(store)
                    .update(
                        new Command(
                            admin,
                            annsTask.id(),
                            1L,
                            null,
                            null,
                            TaskStatus.COMPLETED,
                            null,
                            null,
                            null,
                            Set.of())));

    assertThat(e.code()).isEqualTo("task.concurrent_update");
    assertThat(store.writes()).isEqualTo(1);
    Task kept = store.findById(annsTask.id()).orElseThrow();
    assertThat(kept.title()).isEqualTo("Changed meanwhile");
    assertThat(kept.status()).isEqualTo(TaskStatus.PENDING);
  }

  @Test
  void taskDeletedBetweenLoadAndReplace_isNotFound() {
    RacingTaskRepository store = racing(1, RacingTaskRepository.DELETES);

    NotFoundException e =
        thrown(
            NotFoundException.class,
            () ->
                serviceOn(store)
                    .update(Command.status(admin, annsTask.id(), TaskStatus.COMPLETED)));

    assertThat(e.code()).isEqualTo("task.not_found");
    assertThat(store.findById(annsTask.id())).isEmpty();
  }
}
