package io.primetrade.application.port.in;

import io.primetrade.application.validation.ValidEmail;
import io.primetrade.domain.UnauthenticatedException;
import jakarta.validation.constraints.NotNull;

/** Signs a user in with e-mail address and password. */
public interface LoginUseCase {
  /** The code of the {@link UnauthenticatedException} for a wrong e-mail address or password. */
  String INVALID_CREDENTIALS = "auth.invalid_credentials";

  /**
   * Checks the credentials and issues a token. Costs the same whether or not the address is known,
   * so that timing tells nobody which addresses have accounts.
   *
   * @throws UnauthenticatedException "Invalid credentials", for an unknown address and for a wrong
   *     password alike
   */
  AuthResult login(Command command);

  /** The credentials as typed; the password is checked against its hash, never stored. */
  record Command(@ValidEmail String email, @NotNull(message = "is required") String password) {}
}
