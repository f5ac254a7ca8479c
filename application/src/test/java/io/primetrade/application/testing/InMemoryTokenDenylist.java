package io.primetrade.application.testing;

import io.primetrade.application.port.out.TokenDenylist;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Denied token ids in a map, each until it expires by the given clock. */
public final class InMemoryTokenDenylist implements TokenDenylist {
  private final Map<String, Instant> denied = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryTokenDenylist(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void deny(String tokenId, Instant expiresAt) {
    denied.put(tokenId, expiresAt);
  }

  @Override
  public boolean isDenied(String tokenId) {
    Instant until = denied.get(tokenId);
    return until != null && clock.instant().isBefore(until);
  }
}
