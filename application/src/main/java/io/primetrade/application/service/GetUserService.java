package io.primetrade.application.service;

import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserRules;

/** Reads accounts: one's own, or any for admins. */
public final class GetUserService implements GetUserUseCase {
  private final UserRepository users;
  private final CommandValidator validator;

  public GetUserService(UserRepository users, CommandValidator validator) {
    this.users = users;
    this.validator = validator;
  }

  @Override
  public User get(Query query) {
    validator.check(query);
    UserRules.requireMayLookUp(query.actor(), query.user());
    User user = UserLookup.find(users, query.user());
    UserRules.requireMayView(query.actor(), user);
    return user;
  }
}
