package io.primetrade.application.service;

import io.primetrade.application.port.in.LogoutUseCase;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TokenDenylist;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.domain.UnauthenticatedException;
import java.time.Clock;

/** Ends sessions: the access token is denied, the refresh token's family revoked. */
public final class LogoutService implements LogoutUseCase {
  private final TokenService tokens;
  private final TokenDenylist denylist;
  private final RefreshTokenRepository refreshTokens;
  private final Clock clock;

  public LogoutService(
      TokenService tokens,
      TokenDenylist denylist,
      RefreshTokenRepository refreshTokens,
      Clock clock) {
    this.tokens = tokens;
    this.denylist = denylist;
    this.refreshTokens = refreshTokens;
    this.clock = clock;
  }

  @Override
  public void logout(Command command) {
    if (command.accessToken() == null || command.accessToken().isBlank()) {
      throw new UnauthenticatedException("auth.token_missing", "Authentication required");
    }
    TokenService.Claims claims = tokens.verify(command.accessToken());
    if (command.refreshToken() != null && !command.refreshToken().isBlank()) {
      refreshTokens
          .findByHash(Sessions.hash(command.refreshToken()))
          .filter(token -> token.userId().equals(claims.userId()))
          .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }
    denylist.deny(claims.tokenId(), claims.expiresAt());
  }
}
