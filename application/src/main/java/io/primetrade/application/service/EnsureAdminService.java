package io.primetrade.application.service;

import io.primetrade.application.port.in.EnsureAdminUseCase;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.time.Clock;
import java.util.Optional;

/** Creates the configured first admin once; later starts find it and change nothing. */
public final class EnsureAdminService implements EnsureAdminUseCase {
  private final UserRepository users;
  private final PasswordHasher passwords;
  private final IdGenerator ids;
  private final Clock clock;
  private final CommandValidator validator;

  public EnsureAdminService(
      UserRepository users,
      PasswordHasher passwords,
      IdGenerator ids,
      Clock clock,
      CommandValidator validator) {
    this.users = users;
    this.passwords = passwords;
    this.ids = ids;
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public Outcome ensureAdmin(Command command) {
    validator.check(command);
    Email email = new Email(command.email());
    Optional<User> existing = users.findByEmail(email);
    if (existing.isPresent()) {
      return outcomeFor(existing.get());
    }
    User admin =
        User.register(
            new UserId(ids.next()),
            new Username(command.username()),
            email,
            passwords.hash(command.password()),
            Role.ADMIN,
            clock.instant());
    try {
      users.add(admin);
      return Outcome.CREATED;
    } catch (ConflictException e) {
      // Another instance starting at the same moment may have created it first.
      return users.findByEmail(email).map(EnsureAdminService::outcomeFor).orElseThrow(() -> e);
    }
  }

  private static Outcome outcomeFor(User user) {
    return user.role() == Role.ADMIN ? Outcome.ALREADY_ADMIN : Outcome.EXISTS_WITHOUT_ADMIN_ROLE;
  }
}
