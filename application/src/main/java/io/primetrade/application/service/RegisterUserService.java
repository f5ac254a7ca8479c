package io.primetrade.application.service;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.UserRules;
import io.primetrade.domain.user.Username;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Registers users: role rules from the domain, uniqueness from the repository. */
public final class RegisterUserService implements RegisterUserUseCase {
  private final UserRepository users;
  private final PasswordHasher passwords;
  private final TokenService tokens;
  private final IdGenerator ids;
  private final Clock clock;
  private final CommandValidator validator;
  private final boolean adminSignupAllowed;
  private final Sessions sessions;

  public RegisterUserService(
      UserRepository users,
      PasswordHasher passwords,
      TokenService tokens,
      IdGenerator ids,
      Clock clock,
      RefreshTokenRepository refreshTokens,
      Duration refreshTtl,
      CommandValidator validator,
      boolean adminSignupAllowed) {
    this.sessions = new Sessions(refreshTokens, tokens, ids, clock, refreshTtl);
    this.users = users;
    this.passwords = passwords;
    this.tokens = tokens;
    this.ids = ids;
    this.clock = clock;
    this.validator = validator;
    this.adminSignupAllowed = adminSignupAllowed;
  }

  @Override
  public AuthResult register(Command command) {
    validator.check(command);
    Role role = command.role() == null ? Role.USER : command.role();
    UserRules.requireMayRegisterAs(role, Optional.ofNullable(command.caller()), adminSignupAllowed);
    User user =
        User.register(
            new UserId(ids.next()),
            new Username(command.username()),
            new Email(command.email()),
            passwords.hash(command.password()),
            role,
            clock.instant());
    users.add(user);
    if (command.caller() != null) {
      // Someone signed in made this account for another person: no session for either.
      return new AuthResult(tokens.issue(user), user, null);
    }
    return sessions.start(user);
  }
}
