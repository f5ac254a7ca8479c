package io.primetrade.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskRulesTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final Actor ADMIN =
      new Actor(new UserId(new UUID(0, 1)), "boss", "boss@example.com", Role.ADMIN);
  private static final Actor ANN =
      new Actor(new UserId(new UUID(0, 2)), "ann", "ann@example.com", Role.USER);

  private static Task taskAssignedTo(String assignedTo) {
    return Task.create(
        new TaskId(new UUID(1, 1)),
        "Write the report",
        "quarterly",
        null,
        null,
        null,
        assignedTo,
        ADMIN.id(),
        T0);
  }

  private static TaskPatch statusOnly(TaskStatus status) {
    return new TaskPatch(null, null, status, null, null, null, Set.of());
  }

  private static ForbiddenException forbidden(Runnable action) {
    ForbiddenException e = catchThrowableOfType(ForbiddenException.class, action::run);
    assertThat(e).as("expected ForbiddenException").isNotNull();
    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    return e;
  }

  @Test
  void adminMayCreate() {
    assertThatCode(() -> TaskRules.requireMayCreate(ADMIN)).doesNotThrowAnyException();
  }

  @Test
  void adminMayDelete() {
    assertThatCode(() -> TaskRules.requireMayDelete(ADMIN)).doesNotThrowAnyException();
  }

  @Test
  void adminMayApplyAnything_evenToUnassignedTask() {
    TaskPatch everything =
        new TaskPatch(
            "New title",
            null,
            TaskStatus.COMPLETED,
            Priority.HIGH,
            new DueDate(T0),
            null,
            Set.of(TaskField.DESCRIPTION, TaskField.ASSIGNED_TO));

    assertThatCode(() -> TaskRules.requireMayApply(ADMIN, taskAssignedTo(null), everything))
        .doesNotThrowAnyException();
    assertThatCode(() -> TaskRules.requireMayApply(ADMIN, taskAssignedTo("ann"), everything))
        .doesNotThrowAnyException();
  }

  @Test
  void userMayNotCreateTask() {
    ForbiddenException e = forbidden(() -> TaskRules.requireMayCreate(ANN));

    assertThat(e.code()).isEqualTo("task.create.forbidden");
  }

  @Test
  void userMayNotDeleteTask() {
    ForbiddenException e = forbidden(() -> TaskRules.requireMayDelete(ANN));

    assertThat(e.code()).isEqualTo("task.delete.forbidden");
  }

  @Test
  void userMayChangeStatus_ofTaskAssignedByUsername() {
    assertThatCode(
            () ->
                TaskRules.requireMayApply(
                    ANN, taskAssignedTo("ann"), statusOnly(TaskStatus.IN_PROGRESS)))
        .doesNotThrowAnyException();
  }

  @Test
  void userMayChangeStatus_ofTaskAssignedByEmailInOtherCase() {
    assertThatCode(
            () ->
                TaskRules.requireMayApply(
                    ANN, taskAssignedTo("Ann@Example.COM"), statusOnly(TaskStatus.COMPLETED)))
        .doesNotThrowAnyException();
  }

  @Test
  void userMayNotChangeStatus_ofSomeoneElsesTask() {
    ForbiddenException e =
        forbidden(
            () ->
                TaskRules.requireMayApply(
                    ANN, taskAssignedTo("bob"), statusOnly(TaskStatus.COMPLETED)));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
  }

  @Test
  void userMayNotChangeStatus_whenUsernameDiffersInCase() {
    ForbiddenException e =
        forbidden(
            () ->
                TaskRules.requireMayApply(
                    ANN, taskAssignedTo("ANN"), statusOnly(TaskStatus.COMPLETED)));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
  }

  @Test
  void userMayNotChangeStatus_ofUnassignedTask() {
    ForbiddenException e =
        forbidden(
            () ->
                TaskRules.requireMayApply(
                    ANN, taskAssignedTo(null), statusOnly(TaskStatus.COMPLETED)));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
  }

  @Test
  void userMayNotRetitleTask() {
    TaskPatch retitle = new TaskPatch("Another title", null, null, null, null, null, Set.of());

    ForbiddenException e =
        forbidden(() -> TaskRules.requireMayApply(ANN, taskAssignedTo("ann"), retitle));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
  }

  @Test
  void userMayNotChangeTitle_evenAlongWithStatus() {
    TaskPatch both =
        new TaskPatch("Another title", null, TaskStatus.COMPLETED, null, null, null, Set.of());

    ForbiddenException e =
        forbidden(() -> TaskRules.requireMayApply(ANN, taskAssignedTo("ann"), both));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
  }

  @Test
  void userMayNotChangePriority_ofOwnTask() {
    TaskPatch priority = new TaskPatch(null, null, null, Priority.HIGH, null, null, Set.of());

    ForbiddenException e =
        forbidden(() -> TaskRules.requireMayApply(ANN, taskAssignedTo("ann"), priority));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
  }

  @Test
  void userMayNotChangeDescriptionOrDueDate_ofOwnTask() {
    Task own = taskAssignedTo("ann");
    TaskPatch description = new TaskPatch(null, "more", null, null, null, null, Set.of());
    TaskPatch dueDate = new TaskPatch(null, null, null, null, new DueDate(T0), null, Set.of());

    forbidden(() -> TaskRules.requireMayApply(ANN, own, description));
    forbidden(() -> TaskRules.requireMayApply(ANN, own, dueDate));
  }

  @Test
  void userMayNotClearAssignee_ofOwnTask() {
    TaskPatch unassign =
        new TaskPatch(null, null, null, null, null, null, Set.of(TaskField.ASSIGNED_TO));

    ForbiddenException e =
        forbidden(() -> TaskRules.requireMayApply(ANN, taskAssignedTo("ann"), unassign));

    assertThat(e.code()).isEqualTo("task.update.forbidden");
  }

  @Test
  void userMayNotReassign_ownTask() {
    TaskPatch reassign = new TaskPatch(null, null, null, null, null, "bob", Set.of());

    forbidden(() -> TaskRules.requireMayApply(ANN, taskAssignedTo("ann"), reassign));
  }

  @Test
  void adminMayTransfer() {
    assertThatCode(() -> TaskRules.requireMayTransfer(ADMIN)).doesNotThrowAnyException();
    assertThatCode(() -> TaskRules.requireMayTransfer(Actor.operator())).doesNotThrowAnyException();
  }

  @Test
  void userMayNotTransfer() {
    ForbiddenException e = forbidden(() -> TaskRules.requireMayTransfer(ANN));

    assertThat(e.code()).isEqualTo("task.transfer.forbidden");
    assertThat(e.getMessage()).isEqualTo("Only admins may export or import tasks");
  }
}
