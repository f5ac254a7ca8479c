package io.primetrade.application.service;

import io.primetrade.application.port.in.AuthenticateUseCase;
import io.primetrade.application.port.out.TokenDenylist;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.User;

/**
 * Verifies tokens and reads the account behind them, so that a role change, a deactivation or a
 * removed account takes effect at the next request rather than when the token expires.
 */
public final class AuthenticateService implements AuthenticateUseCase {
  private final TokenService tokens;
  private final UserRepository users;
  private final TokenDenylist denylist;

  public AuthenticateService(TokenService tokens, UserRepository users, TokenDenylist denylist) {
    this.tokens = tokens;
    this.users = users;
    this.denylist = denylist;
  }

  @Override
  public Actor authenticate(String token) {
    if (token == null || token.isBlank()) {
      throw new UnauthenticatedException("auth.token_missing", "Authentication required");
    }
    TokenService.Claims claims = tokens.verify(token);
    if (denylist.isDenied(claims.tokenId())) {
      throw new UnauthenticatedException(TOKEN_REVOKED, "This token was revoked; sign in again");
    }
    User user =
        users
            .findById(claims.userId())
            .orElseThrow(
                () ->
                    new UnauthenticatedException(
                        "auth.user_unknown", "The account no longer exists"));
    if (!user.active()) {
      throw new UnauthenticatedException(ACCOUNT_DEACTIVATED, "This account is deactivated");
    }
    return user.asActor();
  }
}
