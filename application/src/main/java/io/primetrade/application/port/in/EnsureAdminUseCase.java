package io.primetrade.application.port.in;

import io.primetrade.application.validation.ValidEmail;
import io.primetrade.application.validation.ValidPassword;
import io.primetrade.application.validation.ValidUsername;
import io.primetrade.domain.ConflictException;

/**
 * Gives a new deployment its first admin: creates the account unless one with that e-mail address
 * already exists. Operators configure it; nothing else calls it.
 */
public interface EnsureAdminUseCase {
  /**
   * @throws ConflictException when the address is free but the username is taken
   */
  Outcome ensureAdmin(Command command);

  record Command(
      @ValidUsername String username, @ValidEmail String email, @ValidPassword String password) {}

  /** What was found or done. */
  enum Outcome {
    CREATED,
    ALREADY_ADMIN,
    EXISTS_WITHOUT_ADMIN_ROLE
  }
}
