package io.primetrade.adapters.cache.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the lookups of one cache by result, as {@code primetrade_cache_requests_total{cache,
 * store, result}}: {@code hit}, {@code miss} (loaded from the database) or {@code error} (the store
 * failed and the database answered instead).
 */
final class CacheMetrics {
  static final String REQUESTS = "primetrade.cache.requests";

  private final Counter hits;
  private final Counter misses;
  private final Counter errors;

  /**
   * @param cache what is cached ({@code tasks})
   * @param store where: {@code redis} or {@code caffeine}
   */
  CacheMetrics(MeterRegistry registry, String cache, String store) {
    this.hits = counter(registry, cache, store, "hit");
    this.misses = counter(registry, cache, store, "miss");
    this.errors = counter(registry, cache, store, "error");
  }

  private static Counter counter(
      MeterRegistry registry, String cache, String store, String result) {
    return Counter.builder(REQUESTS)
        .description("Cache lookups by result")
        .tag("cache", cache)
        .tag("store", store)
        .tag("result", result)
        .register(registry);
  }

  void hit() {
    hits.increment();
  }

  void miss() {
    misses.increment();
  }

  void error() {
    errors.increment();
  }
}
