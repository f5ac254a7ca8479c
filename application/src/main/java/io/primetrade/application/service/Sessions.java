package io.primetrade.application.service;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Starts and continues sessions: an access token plus a refresh token, of which only a hash is
 * stored. The secret has 256 random bits, so a fast hash is enough: nobody can guess their way back
 * from it.
 */
final class Sessions {
  private final RefreshTokenRepository refreshTokens;
  private final TokenService tokens;
  private final IdGenerator ids;
  private final Clock clock;
  private final Duration refreshTtl;

  Sessions(
      RefreshTokenRepository refreshTokens,
      TokenService tokens,
      IdGenerator ids,
      Clock clock,
      Duration refreshTtl) {
    this.refreshTokens = refreshTokens;
    this.tokens = tokens;
    this.ids = ids;
    this.clock = clock;
    this.refreshTtl = refreshTtl;
  }

  /** A new session for the user: a new family of refresh tokens. */
  AuthResult start(User user) {
    return next(user, ids.next());
  }

  /** The next access and refresh token of an existing session. */
  AuthResult next(User user, UUID familyId) {
    String secret = tokens.newRefreshSecret();
    refreshTokens.add(
        RefreshToken.issue(
            ids.next(), familyId, user.id(), hash(secret), clock.instant(), refreshTtl));
    return new AuthResult(tokens.issue(user), user, secret);
  }

  /** The stored form of a refresh token: its SHA-256, in hex. */
  static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
