package io.primetrade.application.port.in;

import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Actor;

/** Turns a bearer token into the caller it speaks for. */
public interface AuthenticateUseCase {
  /** The code of the {@link UnauthenticatedException} for a deactivated account. */
  String ACCOUNT_DEACTIVATED = "auth.account_deactivated";

  /** The code of the {@link UnauthenticatedException} for a token ended by logout. */
  String TOKEN_REVOKED = "auth.token_revoked";

  /**
   * The actor behind a valid access token, with the role their account has now.
   *
   * @throws UnauthenticatedException when the token is missing, invalid, expired or revoked, or its
   *     user no longer exists or is deactivated
   */
  Actor authenticate(String token);
}
