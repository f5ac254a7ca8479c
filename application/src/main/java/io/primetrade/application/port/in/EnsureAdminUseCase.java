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

  /** The admin's account as the operator configured it. */
  record Command(
      @ValidUsername String username, @ValidEmail String email, @ValidPassword String password) {}

  /** What was found or done. */
  enum Outcome {
    /** The account did not exist and was created as an admin. */
    CREATED,
    /** An admin with that e-mail address exists; nothing changed. */
    ALREADY_ADMIN,
    /** A plain user has that e-mail address; nothing changed, the operator should look. */
    EXISTS_WITHOUT_ADMIN_ROLE
  }
}
