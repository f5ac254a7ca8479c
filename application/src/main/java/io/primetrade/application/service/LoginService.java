package io.primetrade.application.service;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.AuthenticateUseCase;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Signs users in; an unknown address costs one password check like a known one. */
public final class LoginService implements LoginUseCase {
  private final UserRepository users;
  private final PasswordHasher passwords;
  private final Sessions sessions;
  private final CommandValidator validator;
  private final String decoyHash;

  public LoginService(
      UserRepository users,
      PasswordHasher passwords,
      TokenService tokens,
      RefreshTokenRepository refreshTokens,
      IdGenerator ids,
      Clock clock,
      Duration refreshTtl,
      CommandValidator validator) {
    this.users = users;
    this.passwords = passwords;
    this.sessions = new Sessions(refreshTokens, tokens, ids, clock, refreshTtl);
    this.validator = validator;
    // Made up front, so that even the first unknown address costs one check and nothing more.
    this.decoyHash = passwords.hash(UUID.randomUUID().toString());
  }

  @Override
  public AuthResult login(Command command) {
    validator.check(command);
    Optional<User> found = users.findByEmail(new Email(command.email()));
    // Without an account, check against a hash of the same cost, so timing tells nothing.
    String hash = found.map(User::passwordHash).orElse(decoyHash);
    boolean matches = passwords.matches(command.password(), hash);
    if (found.isEmpty() || !matches) {
      throw new UnauthenticatedException(INVALID_CREDENTIALS, "Invalid credentials");
    }
    User user = found.get();
    if (!user.active()) {
      throw new UnauthenticatedException(
          AuthenticateUseCase.ACCOUNT_DEACTIVATED, "This account is deactivated");
    }
    return sessions.start(user);
  }
}
