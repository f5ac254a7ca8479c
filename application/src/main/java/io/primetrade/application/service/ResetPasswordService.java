package io.primetrade.application.service;

import io.primetrade.application.port.in.ResetPasswordUseCase;
import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserRules;
import java.time.Clock;

/** Sets new passwords for admins. */
public final class ResetPasswordService implements ResetPasswordUseCase {
  private final UserRepository users;
  private final PasswordHasher passwords;
  private final RefreshTokenRepository refreshTokens;
  private final Clock clock;
  private final CommandValidator validator;

  public ResetPasswordService(
      UserRepository users,
      PasswordHasher passwords,
      RefreshTokenRepository refreshTokens,
      Clock clock,
      CommandValidator validator) {
    this.users = users;
    this.passwords = passwords;
    this.refreshTokens = refreshTokens;
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public void reset(Command command) {
    validator.check(command);
    UserRules.requireMayManageUsers(command.actor());
    User user = UserLookup.find(users, command.user());
    User updated = user.withPasswordHash(passwords.hash(command.password()), clock.instant());
    if (!users.replace(updated)) {
      throw UserLookup.notFound();
    }
    // A new password ends every session: whoever knew the old one is signed out.
    refreshTokens.revokeAllOf(user.id(), updated.updatedAt());
  }
}
