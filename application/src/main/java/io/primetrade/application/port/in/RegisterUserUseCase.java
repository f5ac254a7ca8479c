package io.primetrade.application.port.in;

import io.primetrade.application.validation.ValidEmail;
import io.primetrade.application.validation.ValidPassword;
import io.primetrade.application.validation.ValidUsername;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;

/** Creates an account and signs it in. */
public interface RegisterUserUseCase {
  /**
   * Registers a new user.
   *
   * @throws ConflictException when the e-mail address or the username is taken (the code says
   *     which)
   * @throws ForbiddenException when an admin account is asked for by someone who may not
   */
  AuthResult register(Command command);

  /**
   * @param role the role asked for; null means {@link Role#USER}
   * @param caller who is asking, when they are signed in (an admin creating accounts); else null
   */
  record Command(
      @ValidUsername String username,
      @ValidEmail String email,
      @ValidPassword String password,
      Role role,
      Actor caller) {

    /** A plain user signing up. */
    public static Command user(String username, String email, String password) {
      return new Command(username, email, password, null, null);
    }
  }
}
