package io.primetrade.domain.task;

import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.user.Actor;

/** The role rules of the board, in one place. Pure functions: no I/O, no clock. */
public final class TaskRules {
  private TaskRules() {}

  /** Only admins create tasks. */
  public static void requireMayCreate(Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("task.create.forbidden", "Only admins may create tasks");
    }
  }

  /** Only admins delete tasks. */
  public static void requireMayDelete(Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("task.delete.forbidden", "Only admins may delete tasks");
    }
  }

  /** Admins may change anything; a user only the status of a task assigned to them. */
  public static void requireMayApply(Actor actor, Task task, TaskPatch patch) {
    if (actor.isAdmin()) {
      return;
    }
    if (!patch.changesOnlyStatus() || !actor.answersTo(task.assignedTo())) {
      throw new ForbiddenException(
          "task.update.forbidden", "You may only change the status of tasks assigned to you");
    }
  }

  /** Only admins move tasks in and out of the board in bulk (export and import). */
  public static void requireMayTransfer(Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException(
          "task.transfer.forbidden", "Only admins may export or import tasks");
    }
  }
}
