package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.DeleteTaskUseCase;
import io.primetrade.application.port.in.DeleteTaskUseCase.Command;
import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.InMemoryTaskRepository;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.StaleVersionException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskPatch;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteTaskServiceTest {
  private final TestCore tc = new TestCore();
  private final User adminUser = Fixtures.user("boss", Role.ADMIN, T0);
  private final Actor admin = adminUser.asActor();
  private final Actor ann = Fixtures.user("ann", Role.USER, T0).asActor();
  private Task task;

  @BeforeEach
  void addTask() {
    task = Fixtures.task("Write the report", adminUser.id(), T0);
    tc.tasks.add(task);
  }

  private void delete(Command command) {
    tc.core.deleteTask().delete(command);
  }

  @Test
  void adminDeletes() {
    delete(new Command(admin, task.id(), null));

    assertThat(tc.tasks.findById(task.id())).isEmpty();
  }

  @Test
  void adminDeletes_withCurrentIfMatch() {
    delete(new Command(admin, task.id(), 1L));

    assertThat(tc.tasks.findById(task.id())).isEmpty();
  }

  @Test
  void userMayNotDelete() {
    ForbiddenException e =
        thrown(ForbiddenException.class, () -> delete(new Command(ann, task.id(), null)));

    assertThat(e.code()).isEqualTo("task.delete.forbidden");
    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(tc.tasks.findById(task.id())).contains(task);
  }

  @Test
  void unknownTask_isNotFound() {
    NotFoundException e =
        thrown(
            NotFoundException.class,
            () -> delete(new Command(admin, new TaskId(new UUID(9, 9)), null)));

    assertThat(e.code()).isEqualTo("task.not_found");
    assertThat(tc.tasks.findById(task.id())).contains(task);
  }

  @Test
  void deletingTwice_isNotFoundTheSecondTime() {
    delete(new Command(admin, task.id(), null));

    thrown(NotFoundException.class, () -> delete(new Command(admin, task.id(), null)));
  }

  @Test
  void rejectsStaleIfMatch_andKeepsTheTask() {
    tc.core
        .updateTask()
        .update(UpdateTaskUseCase.Command.status(admin, task.id(), TaskStatus.COMPLETED));

    StaleVersionException e =
        thrown(StaleVersionException.class, () -> delete(new Command(admin, task.id(), 1L)));

    assertThat(e.kind()).isEqualTo(ErrorKind.STALE_VERSION);
    assertThat(e.currentVersion()).isEqualTo(2);
    assertThat(tc.tasks.findById(task.id())).isPresent();
  }

  /** A service on {@code task} alone, whose removes lose {@code races} races to {@code other}. */
  private RacingTaskRepository racing(int races, BiConsumer<TaskRepository, TaskId> other) {
    InMemoryTaskRepository store = new InMemoryTaskRepository();
    store.add(task);
    return new RacingTaskRepository(store, races, other);
  }

  private static DeleteTaskUseCase serviceOn(TaskRepository repository) {
    return new DeleteTaskService(repository, TaskCache.NONE, TestCore.validator());
  }

  /** Another writer's change: a new status, one version later. */
  private void completedMeanwhile(TaskRepository store, TaskId id) {
    Task current = store.findById(id).orElseThrow();
    Task theirs =
        current.apply(
            new TaskPatch(null, null, TaskStatus.COMPLETED, null, null, null, Set.of()),
            tc.clock.instant());
    assertThat(store.replace(theirs, current.version())).isTrue();
  }

  @Test
  void concurrentChange_withoutIfMatch_isRetriedAndDeletesTheFreshTask() {
    RacingTaskRepository store = racing(1, this::completedMeanwhile);

    serviceOn(store).delete(new Command(admin, task.id(), null));

    assertThat(store.findById(task.id())).isEmpty();
    assertThat(store.writes()).isEqualTo(2);
  }

  @Test
  void concurrentChangeEveryTime_withoutIfMatch_isAConflictAfterTheLastAttempt() {
    RacingTaskRepository store = racing(RacingTaskRepository.ALWAYS, this::completedMeanwhile);

    ConflictException e =
        thrown(
            ConflictException.class,
            () -> serviceOn(store).delete(new Command(admin, task.id(), null)));

    assertThat(e.code()).isEqualTo("task.concurrent_update");
    assertThat(store.writes()).isEqualTo(UpdateTaskService.ATTEMPTS);
    assertThat(store.findById(task.id())).isPresent();
  }

  @Test
  void concurrentChange_withIfMatch_isAConflictAtOnce() {
    RacingTaskRepository store = racing(1, this::completedMeanwhile);

    ConflictException e =
        thrown(
            ConflictException.class,
            () -> serviceOn(store).delete(new Command(admin, task.id(), 1L)));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(store.writes()).isEqualTo(1);
    assertThat(store.findById(task.id()).orElseThrow().status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void taskDeletedBetweenLoadAndRemove_isNotFound() {
    RacingTaskRepository store = racing(1, RacingTaskRepository.DELETES);

    NotFoundException e =
        thrown(
            NotFoundException.class,
            () -> serviceOn(store).delete(new Command(admin, task.id(), null)));

    assertThat(e.code()).isEqualTo("task.not_found");
    assertThat(store.writes()).isEqualTo(1);
  }
}
