package io.primetrade.application.port.in;

import io.primetrade.application.port.out.TokenService.IssuedToken;
import io.primetrade.domain.user.User;
import java.util.Objects;

/** A signed-in user and the access token that proves it. */
public record AuthResult(IssuedToken token, User user) {
  public AuthResult {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(user, "user");
  }
}
