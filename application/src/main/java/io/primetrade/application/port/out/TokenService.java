package io.primetrade.application.port.out;

import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/** Issues and verifies signed access tokens. Thread-safe. */
public interface TokenService {
  /** A new access token for {@code user}, with the configured lifetime. */
  IssuedToken issue(User user);

  /** A new access token for {@code user} that lives for {@code ttl}, for scripts and support. */
  IssuedToken issue(User user, Duration ttl);

  /**
   * The claims of a token this service issued, if it is intact and not expired.
   *
   * @throws UnauthenticatedException when the token is malformed, tampered with, signed with
   *     another key or algorithm, or expired
   */
  Claims verify(String token);

  /**
   * A new refresh-token secret: at least 256 bits from a cryptographically strong source, in
   * URL-safe characters. Opaque: only its hash is stored, and nothing can be read from it.
   */
  String newRefreshSecret();

  /** A token as handed to a client. */
  record IssuedToken(String token, String tokenId, Instant expiresAt) {}

  /** What a verified token says about its bearer. */
  record Claims(UserId userId, String email, Role role, String tokenId, Instant expiresAt) {}
}
