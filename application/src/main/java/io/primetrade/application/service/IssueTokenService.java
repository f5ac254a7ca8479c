package io.primetrade.application.service;

import io.primetrade.application.port.in.IssueTokenUseCase;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.application.port.out.TokenService.IssuedToken;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserRules;

/** Issues tokens on an admin's behalf. */
public final class IssueTokenService implements IssueTokenUseCase {
  private final UserRepository users;
  private final TokenService tokens;
  private final CommandValidator validator;

  public IssueTokenService(UserRepository users, TokenService tokens, CommandValidator validator) {
    this.users = users;
    this.tokens = tokens;
    this.validator = validator;
  }

  @Override
  public IssuedToken issue(Command command) {
    validator.check(command);
    UserRules.requireMayManageUsers(command.actor());
    if (command.ttl() != null
        && (command.ttl().isNegative()
            || command.ttl().isZero()
            || command.ttl().compareTo(MAX_TTL) > 0)) {
      throw InvalidInputException.field("ttl", "must be more than 0 and at most 30 days");
    }
    User user = UserLookup.find(users, command.user());
    if (!user.active()) {
      throw new ConflictException("user.inactive", "The account is deactivated");
    }
    return command.ttl() == null ? tokens.issue(user) : tokens.issue(user, command.ttl());
  }
}
