package io.primetrade.adapters.cache.redis;

import io.primetrade.application.port.out.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Limits shared by every instance: one atomic script per request ({@code rate-limit.lua}), so no
 * two instances can both take the last permit. While Redis is down each instance limits on its own,
 * with the same limits.
 */
final class RedisRateLimiter implements RateLimiter {
  private static final LuaScript SCRIPT = LuaScript.load("rate-limit.lua");

  private final RedisGuard redis;
  private final RateLimiter fallback;
  private final String prefix;

  RedisRateLimiter(RedisGuard redis, RedisSettings settings, RateLimiter fallback) {
    this.redis = redis;
    this.fallback = fallback;
    this.prefix = settings.keyPrefix() + "ratelimit:";
  }

  @Override
  public Decision acquire(String key, Limit limit) {
    String windowKey = prefix + key + ":" + limit.window().toMillis();
    return redis
        .call(
            client ->
                (List<?>)
                    SCRIPT.run(
                        client,
                        List.of(windowKey),
                        List.of(
                            Integer.toString(limit.permits()),
                            Long.toString(limit.window().toMillis()),
                            UUID.randomUUID().toString())))
        .map(
            reply ->
                new Decision(
                    number(reply.get(0)) == 1,
                    limit.permits(),
                    (int) number(reply.get(1)),
                    Duration.ofMillis(number(reply.get(2)))))
        .orElseGet(() -> fallback.acquire(key, limit));
  }

  private static long number(Object reply) {
    return ((Number) reply).longValue();
  }
}
