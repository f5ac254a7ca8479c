package io.primetrade.adapters.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.domain.task.TaskId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-process task cache counts its hits and misses. */
class CacheMetricsTest {
  static double requests(SimpleMeterRegistry registry, String store, String result) {
    return registry
        .get(CacheMetrics.REQUESTS)
        .tag("cache", "tasks")
        .tag("store", store)
        .tag("result", result)
        .counter()
        .count();
  }

  @Test
  void caffeineCache_countsHitsAndMisses() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TaskCache cache =
        LocalCaches.create(Duration.ofMinutes(5), Clock.systemUTC(), registry).taskCache();
    TaskId id = new TaskId(UUID.randomUUID());

    cache.task(id, Optional::empty);
    cache.task(id, Optional::empty);

    // Absent tasks are not cached: two misses, no hit.
    assertThat(requests(registry, "caffeine", "miss")).isEqualTo(2);
    assertThat(requests(registry, "caffeine", "hit")).isZero();
    assertThat(requests(registry, "caffeine", "error")).isZero();
  }

  @Test
  void caffeineCache_countsAHitForAnEntryItHolds() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TaskCache cache =
        LocalCaches.create(Duration.ofMinutes(5), Clock.systemUTC(), registry).taskCache();
    TaskCache.ListKey key = RedisCacheMetricsIT.FIRST_PAGE;

    cache.page(key, () -> RedisCacheMetricsIT.page());
    cache.page(key, () -> RedisCacheMetricsIT.page());
    cache.page(key, () -> RedisCacheMetricsIT.page());

    assertThat(requests(registry, "caffeine", "miss")).isEqualTo(1);
    assertThat(requests(registry, "caffeine", "hit")).isEqualTo(2);
  }
}
