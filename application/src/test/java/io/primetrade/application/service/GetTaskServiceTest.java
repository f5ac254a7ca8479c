package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.GetTaskUseCase.Query;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GetTaskServiceTest {
  private final TestCore tc = new TestCore();
  private final User admin = Fixtures.user("boss", Role.ADMIN, T0);
  private final User ann = Fixtures.user("ann", Role.USER, T0);

  @Test
  void anyUserReadsATask() {
    Task task = Fixtures.task("Write the report", admin.id(), T0);
    tc.tasks.add(task);

    assertThat(tc.core.getTask().get(new Query(ann.asActor(), task.id()))).isEqualTo(task);
    assertThat(tc.core.getTask().get(new Query(admin.asActor(), task.id()))).isEqualTo(task);
  }

  @Test
  void unknownTask_isNotFound() {
    tc.tasks.add(Fixtures.task("Write the report", admin.id(), T0));
    TaskId unknown = new TaskId(new UUID(7, 7));

    NotFoundException e =
        thrown(
            NotFoundException.class,
            () -> tc.core.getTask().get(new Query(ann.asActor(), unknown)));

    assertThat(e.code()).isEqualTo("task.not_found");
    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
  }

  @Test
  void missingTaskId_isInvalidInput() {
    InvalidInputException e =
        thrown(
            InvalidInputException.class,
            () -> tc.core.getTask().get(new Query(ann.asActor(), null)));

    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("taskId");
  }
}
