package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.DeleteUserUseCase.Command;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteUserServiceTest {
  private final TestCore tc = new TestCore();
  private final User boss = Fixtures.user("boss", Role.ADMIN, T0);
  private final User chief = Fixtures.user("chief", Role.ADMIN, T0);
  private final User ann = Fixtures.user("ann", Role.USER, T0);

  @BeforeEach
  void addUsers() {
    tc.users.add(boss);
    tc.users.add(chief);
    tc.users.add(ann);
  }

  private void delete(Actor actor, String user) {
    tc.core.deleteUser().delete(new Command(actor, user));
  }

  private boolean exists(User user) {
    return tc.users.findById(user.id()).isPresent();
  }

  @Test
  void adminDeletesUser_whoIsGoneAfterwards() {
    delete(boss.asActor(), ann.id().toString());

    assertThat(exists(ann)).isFalse();
    assertThat(tc.users.findByEmail(ann.email())).isEmpty();
    assertThat(exists(boss)).isTrue();
    assertThat(exists(chief)).isTrue();
  }

  @Test
  void adminDeletesAnotherAdmin_byEmailInAnyCase() {
    delete(boss.asActor(), "CHIEF@example.com");

    assertThat(exists(chief)).isFalse();
  }

  @Test
  void deletedUsersToken_stopsWorking() {
    String token = tc.tokens.issue(ann).token();

    delete(boss.asActor(), ann.id().toString());

    UnauthenticatedException e =
        thrown(UnauthenticatedException.class, () -> tc.core.authenticate().authenticate(token));
    assertThat(e.code()).isEqualTo("auth.user_unknown");
  }

  @Test
  void refusedWhileTasksTheUserCreatedRemain() {
    tc.tasks.add(Fixtures.task("Write the report", chief.id(), T0));

    ConflictException e =
        thrown(ConflictException.class, () -> delete(boss.asActor(), chief.id().toString()));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.code()).isEqualTo("user.has_tasks");
    assertThat(exists(chief)).isTrue();
  }

  @Test
  void allowedOnceTheUsersTasksAreGone() {
    Task task = Fixtures.task("Write the report", chief.id(), T0);
    tc.tasks.add(task);
    thrown(ConflictException.class, () -> delete(boss.asActor(), chief.id().toString()));
    tc.tasks.remove(task.id(), task.version());

    delete(boss.asActor(), chief.id().toString());

    assertThat(exists(chief)).isFalse();
  }

  @Test
  void tasksAssignedToTheUser_doNotBlockDeletion() {
    tc.tasks.add(
        Fixtures.task(
            "Write the report", TaskStatus.PENDING, Priority.LOW, null, "ann", boss.id(), T0));

    delete(boss.asActor(), ann.id().toString());

    assertThat(exists(ann)).isFalse();
  }

  @Test
  void refusesSelfDelete() {
    ForbiddenException e =
        thrown(ForbiddenException.class, () -> delete(boss.asActor(), boss.id().toString()));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("user.self_lockout");
    assertThat(exists(boss)).isTrue();
  }

  @Test
  void userMayNotDelete_othersOrThemselves() {
    ForbiddenException other =
        thrown(ForbiddenException.class, () -> delete(ann.asActor(), chief.id().toString()));
    ForbiddenException self =
        thrown(ForbiddenException.class, () -> delete(ann.asActor(), ann.id().toString()));

    assertThat(other.code()).isEqualTo("user.manage.forbidden");
    assertThat(self.code()).isEqualTo("user.manage.forbidden");
    assertThat(exists(chief)).isTrue();
    assertThat(exists(ann)).isTrue();
  }

  @Test
  void userMayNotDelete_evenAnUnknownAccount() {
    ForbiddenException e =
        thrown(ForbiddenException.class, () -> delete(ann.asActor(), "nobody@example.com"));

    assertThat(e.code()).isEqualTo("user.manage.forbidden");
  }

  @Test
  void unknownUser_isNotFound() {
    NotFoundException e =
        thrown(NotFoundException.class, () -> delete(boss.asActor(), new UUID(42, 42).toString()));

    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(e.code()).isEqualTo("user.not_found");
  }

  @Test
  void deletingTwice_isNotFoundTheSecondTime() {
    delete(boss.asActor(), ann.id().toString());

    thrown(NotFoundException.class, () -> delete(boss.asActor(), ann.id().toString()));
  }

  @Test
  void malformedUser_isInvalidInputOnUser() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> delete(boss.asActor(), "ann"));

    assertThat(e.errors()).containsExactly(new FieldError("user", "must be a UUID"));
    assertThat(exists(ann)).isTrue();
  }
}
