package io.primetrade.adapters.cache.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.primetrade.application.port.out.TokenDenylist;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Denied token ids in this process, each kept until its token expires: the denylist of a single
 * instance, and each instance's copy of the shared one.
 */
final class CaffeineTokenDenylist implements TokenDenylist {
  private final Cache<String, Instant> denied;
  private final Clock clock;

  CaffeineTokenDenylist(Clock clock) {
    this.clock = clock;
    this.denied =
        Caffeine.newBuilder()
            .expireAfter(
                new Expiry<String, Instant>() {
                  @Override
                  public long expireAfterCreate(String id, Instant until, long now) {
                    return remaining(until);
                  }

                  @Override
                  public long expireAfterUpdate(
                      String id, Instant until, long now, long currentDuration) {
                    return remaining(until);
                  }

                  @Override
                  public long expireAfterRead(
                      String id, Instant until, long now, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
  }

  private long remaining(Instant until) {
    return Math.max(0, Duration.between(clock.instant(), until).toNanos());
  }

  @Override
  public void deny(String tokenId, Instant expiresAt) {
    if (clock.instant().isBefore(expiresAt)) {
      denied.put(tokenId, expiresAt);
    }
  }

  @Override
  public boolean isDenied(String tokenId) {
    Instant until = denied.getIfPresent(tokenId);
    return until != null && clock.instant().isBefore(until);
  }
}
