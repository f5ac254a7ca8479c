package io.primetrade.application.service;

import io.primetrade.application.port.in.ListUsersUseCase;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.Page;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserRules;

/** Pages through accounts for admins. */
public final class ListUsersService implements ListUsersUseCase {
  private final UserRepository users;
  private final CommandValidator validator;

  public ListUsersService(UserRepository users, CommandValidator validator) {
    this.users = users;
    this.validator = validator;
  }

  @Override
  public Page<User> list(Query query) {
    validator.check(query);
    UserRules.requireMayManageUsers(query.actor());
    return users.find(query.filter(), query.pageRequest());
  }
}
