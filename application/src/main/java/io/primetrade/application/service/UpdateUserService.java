package io.primetrade.application.service;

import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Changes roles and activation for admins. */
public final class UpdateUserService implements UpdateUserUseCase {
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final Clock clock;
  private final CommandValidator validator;

  public UpdateUserService(
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      Clock clock,
      CommandValidator validator) {
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public User update(Command command) {
    validator.check(command);
    if (command.role() == null && command.active() == null) {
      throw new InvalidInputException("Nothing to change: give role or active", List.of());
    }
    UserRules.requireMayManageUsers(command.actor());
    User user = UserLookup.find(users, command.user());
    UserRules.requireMayChange(command.actor(), user, command.role(), command.active());
    Instant now = clock.instant();
    User updated = user;
    if (command.role() != null) {
      updated = updated.withRole(command.role(), now);
    }
    if (command.active() != null) {
      updated = updated.withActive(command.active(), now);
    }
    if (!users.replace(updated)) {
      throw UserLookup.notFound();
    }
    if (user.active() && !updated.active()) {
      refreshTokens.revokeAllOf(user.id(), now);
    }
    return updated;
  }
}
