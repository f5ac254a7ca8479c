package io.primetrade.application.port.in;

import io.primetrade.domain.UnauthenticatedException;
import jakarta.validation.constraints.NotBlank;

/** Exchanges a refresh token for a new access token and the next refresh token of the session. */
public interface RefreshSessionUseCase {
  /** The code of the {@link UnauthenticatedException} for an unknown or expired refresh token. */
  String REFRESH_INVALID = "auth.refresh_invalid";

  /**
   * The code of the {@link UnauthenticatedException} for a refresh token that was already used: it
   * was copied, so the whole session is ended.
   */
  String REFRESH_REUSED = "auth.refresh_reused";

  /**
   * Uses up the refresh token and starts the next one of its session.
   *
   * @throws UnauthenticatedException when the token is unknown, expired, revoked or reused (then
   *     every token of its session is revoked), or its account is gone or deactivated
   */
  AuthResult refresh(Command command);

  /** The refresh token as the client holds it. */
  record Command(@NotBlank(message = "is required") String refreshToken) {
    @Override
    public String toString() {
      return "Command[refreshToken=***]";
    }
  }
}
