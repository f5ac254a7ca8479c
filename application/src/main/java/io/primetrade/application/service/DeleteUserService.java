package io.primetrade.application.service;

import io.primetrade.application.port.in.DeleteUserUseCase;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserRules;

/** Deletes accounts for admins, unless tasks still name them as creator. */
public final class DeleteUserService implements DeleteUserUseCase {
  private final UserRepository users;
  private final TaskRepository tasks;
  private final CommandValidator validator;

  public DeleteUserService(UserRepository users, TaskRepository tasks, CommandValidator validator) {
    this.users = users;
    this.tasks = tasks;
    this.validator = validator;
  }

  @Override
  public void delete(Command command) {
    validator.check(command);
    UserRules.requireMayManageUsers(command.actor());
    User user = UserLookup.find(users, command.user());
    UserRules.requireMayDelete(command.actor(), user);
    if (tasks.anyCreatedBy(user.id())) {
      throw hasTasks();
    }
    if (!users.remove(user.id())) {
      throw UserLookup.notFound();
    }
  }

  static ConflictException hasTasks() {
    return new ConflictException(
        UserRepository.HAS_TASKS,
        "The user created tasks that remain; deactivate the account instead");
  }
}
