package io.primetrade.adapters.cache.redis;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TokenDenylist;
import java.time.Clock;
import java.time.Duration;

/**
 * The task cache, rate limiter and token denylist of a single instance, in this process (Caffeine):
 * the embedded default, with no Redis. Thread-safe.
 */
public final class LocalCaches {
  private final CaffeineTaskCache taskCache;
  private final LocalRateLimiter rateLimiter;
  private final CaffeineTokenDenylist denylist;

  private LocalCaches(Duration cacheTtl, Clock clock, MeterRegistry registry) {
    this.taskCache = new CaffeineTaskCache(cacheTtl, registry);
    this.rateLimiter = new LocalRateLimiter(clock);
    this.denylist = new CaffeineTokenDenylist(clock);
  }

  /** In-process implementations; cached task reads live for {@code cacheTtl}. */
  public static LocalCaches create(Duration cacheTtl, Clock clock) {
    return create(cacheTtl, clock, new CompositeMeterRegistry());
  }

  /**
   * In-process implementations that count the task cache's lookups in {@code registry} ({@code
   * primetrade_cache_requests_total{cache="tasks",store="caffeine"}}).
   */
  public static LocalCaches create(Duration cacheTtl, Clock clock, MeterRegistry registry) {
    return new LocalCaches(cacheTtl, clock, registry);
  }

  public TaskCache taskCache() {
    return taskCache;
  }

  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  public TokenDenylist denylist() {
    return denylist;
  }
}
