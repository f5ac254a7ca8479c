package io.primetrade.adapters.cache.redis;

import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.RateLimiterContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The rate-limiter contract on a real Redis. */
class RedisRateLimiterIT extends RateLimiterContract {
  private static TestRedis redis;
  private static RedisCaches caches;

  @BeforeAll
  static void startRedis() {
    redis = TestRedis.start();
    caches =
        RedisCaches.connect(
            RedisSettings.of(redis.uri()).withTimeout(java.time.Duration.ofSeconds(2)),
            Clock.systemUTC());
  }

  @AfterAll
  static void stopRedis() {
    caches.close();
    redis.close();
  }

  @Override
  protected RateLimiter limiter() {
    return caches.rateLimiter();
  }
}
