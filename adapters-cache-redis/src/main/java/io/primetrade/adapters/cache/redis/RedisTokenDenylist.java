package io.primetrade.adapters.cache.redis;

import io.primetrade.application.port.out.TokenDenylist;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.resps.Tuple;

/**
 * The denylist shared by every instance: a sorted set of token ids scored by expiry, asked on every
 * authenticated request, so a logout on one instance holds on all of them at once. Each instance
 * also keeps a local copy (its own denials, those it has seen, and a full copy refreshed by {@link
 * #sync()}), which answers alone while Redis is down. Denials that could not reach Redis are kept
 * apart and shared by the first {@link #sync()} that can, so the other instances learn of them.
 */
final class RedisTokenDenylist implements TokenDenylist {
  private final RedisGuard redis;
  private final CaffeineTokenDenylist local;
  private final Clock clock;
  private final String key;
  private final Map<String, Instant> unshared = new ConcurrentHashMap<>();

  RedisTokenDenylist(
      RedisGuard redis, RedisSettings settings, CaffeineTokenDenylist local, Clock clock) {
    this.redis = redis;
    this.local = local;
    this.clock = clock;
    this.key = settings.keyPrefix() + "denylist";
  }

  @Override
  public void deny(String tokenId, Instant expiresAt) {
    local.deny(tokenId, expiresAt);
    if (!share(tokenId, expiresAt)) {
      unshared.put(tokenId, expiresAt);
    }
  }

  private boolean share(String tokenId, Instant expiresAt) {
    return redis
        .call(
            client -> {
              client.zadd(key, expiresAt.toEpochMilli(), tokenId);
              // Expired ids are dropped as new ones come, so the set stays as small as the logouts
              // of one access-token lifetime.
              return client.zremrangeByScore(key, Double.NEGATIVE_INFINITY, clock.millis());
            })
        .isPresent();
  }

  @Override
  public boolean isDenied(String tokenId) {
    if (local.isDenied(tokenId)) {
      return true;
    }
    Optional<Optional<Double>> score =
        redis.call(client -> Optional.ofNullable(client.zscore(key, tokenId)));
    if (score.isEmpty() || score.get().isEmpty()) {
      return false;
    }
    Instant until = Instant.ofEpochMilli(score.get().get().longValue());
    local.deny(tokenId, until);
    return clock.instant().isBefore(until);
  }

  /**
   * Shares the denials made while Redis was away, then copies every live denial from Redis into the
   * local copy, for the time Redis is down.
   */
  void sync() {
    unshared.forEach(
        (tokenId, expiresAt) -> {
          if (!expiresAt.isAfter(clock.instant()) || share(tokenId, expiresAt)) {
            unshared.remove(tokenId, expiresAt);
          }
        });
    redis
        .call(
            client -> client.zrangeByScoreWithScores(key, clock.millis(), Double.POSITIVE_INFINITY))
        .ifPresent(
            denied -> {
              for (Tuple entry : denied) {
                local.deny(entry.getElement(), Instant.ofEpochMilli((long) entry.getScore()));
              }
            });
  }
}
