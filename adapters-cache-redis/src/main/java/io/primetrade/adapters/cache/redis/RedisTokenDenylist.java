package io.primetrade.adapters.cache.redis;

import io.primetrade.application.port.out.TokenDenylist;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import redis.clients.jedis.resps.Tuple;

/**
 * The denylist shared by every instance: a sorted set of token ids scored by expiry, asked on every
 * authenticated request, so a logout on one instance holds on all of them at once. Each instance
 * also keeps a local copy (its own denials, those it has seen, and a full copy refreshed by {@link
 * #sync()}), which answers alone while Redis is down.
 */
final class RedisTokenDenylist implements TokenDenylist {
  private final RedisGuard redis;
  private final CaffeineTokenDenylist local;
  private final Clock clock;
  private final String key;

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
    redis.call(
        client -> {
          client.zadd(key, expiresAt.toEpochMilli(), tokenId);
          // Expired ids are dropped as new ones come, so the set stays as small as the logouts of
          // one access-token lifetime.
          return client.zremrangeByScore(key, Double.NEGATIVE_INFINITY, clock.millis());
        });
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

  /** Copies every live denial from Redis into the local copy, for the time Redis is down. */
  void sync() {
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
