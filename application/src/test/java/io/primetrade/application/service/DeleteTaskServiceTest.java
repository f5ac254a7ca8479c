package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.DeleteTaskUseCase.Command;
import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.StaleVersionException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.UUID;
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
}
