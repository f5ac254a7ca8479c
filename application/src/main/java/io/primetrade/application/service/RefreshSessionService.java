package io.primetrade.application.service;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.AuthenticateUseCase;
import io.primetrade.application.port.in.RefreshSessionUseCase;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.application.validation.CommandValidator;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rotates refresh tokens; a token presented twice ends its whole session. */
public final class RefreshSessionService implements RefreshSessionUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(RefreshSessionService.class);

  private final RefreshTokenRepository refreshTokens;
  private final UserRepository users;
  private final Sessions sessions;
  private final Clock clock;
  private final CommandValidator validator;

  public RefreshSessionService(
      RefreshTokenRepository refreshTokens,
      UserRepository users,
      TokenService tokens,
      IdGenerator ids,
      Clock clock,
      Duration refreshTtl,
      CommandValidator validator) {
    this.refreshTokens = refreshTokens;
    this.users = users;
    this.sessions = new Sessions(refreshTokens, tokens, ids, clock, refreshTtl);
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public AuthResult refresh(Command command) {
    validator.check(command);
    Instant now = clock.instant();
    RefreshToken token =
        refreshTokens.findByHash(Sessions.hash(command.refreshToken())).orElseThrow(this::invalid);
    if (token.isSpent()) {
      throw reused(token, now);
    }
    if (!token.isRedeemableAt(now)) {
      throw invalid();
    }
    // Atomic: of two requests racing with one token, the loser is treated as a reuse.
    if (!refreshTokens.markUsed(token.id(), now)) {
      throw reused(token, now);
    }
    User user = users.findById(token.userId()).orElseThrow(this::invalid);
    if (!user.active()) {
      refreshTokens.revokeFamily(token.familyId(), now);
      throw new UnauthenticatedException(
          AuthenticateUseCase.ACCOUNT_DEACTIVATED, "This account is deactivated");
    }
    return sessions.next(user, token.familyId());
  }

  private UnauthenticatedException reused(RefreshToken token, Instant now) {
    int revoked = refreshTokens.revokeFamily(token.familyId(), now);
    LOG.warn(
        "A used refresh token of user {} came back; revoked its session ({} tokens)",
        token.userId().value(),
        revoked);
    return new UnauthenticatedException(
        REFRESH_REUSED, "This refresh token was already used; sign in again");
  }

  private UnauthenticatedException invalid() {
    return new UnauthenticatedException(
        REFRESH_INVALID, "The refresh token is invalid or expired; sign in again");
  }
}
