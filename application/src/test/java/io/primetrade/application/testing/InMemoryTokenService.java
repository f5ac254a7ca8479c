package io.primetrade.application.testing;

import io.primetrade.application.port.out.TokenService;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Opaque numbered tokens remembered in a map; expires them by the given clock. */
public final class InMemoryTokenService implements TokenService {
  private final Map<String, Claims> issued = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();
  private final Clock clock;
  private final Duration ttl;

  public InMemoryTokenService(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  @Override
  public IssuedToken issue(User user) {
    return issue(user, ttl);
  }

  @Override
  public IssuedToken issue(User user, Duration lifetime) {
    String id = "jti-" + counter.incrementAndGet();
    String token = "token-" + id;
    Claims claims =
        new Claims(
            user.id(), user.email().value(), user.role(), id, clock.instant().plus(lifetime));
    issued.put(token, claims);
    return new IssuedToken(token, id, claims.expiresAt());
  }

  @Override
  public String newRefreshSecret() {
    return "refresh-" + counter.incrementAndGet();
  }

  @Override
  public Claims verify(String token) {
    Claims claims = issued.get(token);
    if (claims == null) {
      throw new UnauthenticatedException("auth.token_invalid", "Invalid token");
    }
    if (!clock.instant().isBefore(claims.expiresAt())) {
      throw new UnauthenticatedException("auth.token_expired", "Token expired");
    }
    return claims;
  }
}
