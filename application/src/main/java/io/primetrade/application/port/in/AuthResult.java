package io.primetrade.application.port.in;

import io.primetrade.application.port.out.TokenService.IssuedToken;
import io.primetrade.domain.user.User;
import java.util.Objects;

/**
 * A signed-in user, the access token that proves it and, when a session was started, the refresh
 * token that renews it.
 *
 * @param refreshToken the secret to exchange for the next access token, or null when no session was
 *     started (an admin creating someone else's account)
 */
public record AuthResult(IssuedToken token, User user, String refreshToken) {
  public AuthResult {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(user, "user");
  }

  @Override
  public String toString() {
    return "AuthResult[user=" + user + "]";
  }
}
