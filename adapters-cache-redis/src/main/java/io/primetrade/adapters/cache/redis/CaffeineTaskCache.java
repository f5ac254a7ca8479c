package io.primetrade.adapters.cache.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.domain.Page;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Task reads kept in this process, for a single instance without Redis. The same generation scheme
 * as {@link RedisTaskCache}: what a reader loaded is stored under the generation it saw before
 * loading, so a load that raced a write is never found after the write.
 */
final class CaffeineTaskCache implements TaskCache {
  /** Enough for every page a busy board is read in, small enough not to matter in the heap. */
  static final long MAX_ENTRIES = 10_000;

  private final Cache<String, Object> entries;
  private final AtomicLong generation = new AtomicLong();
  private final CacheMetrics metrics;

  CaffeineTaskCache(Duration ttl) {
    this(ttl, new CompositeMeterRegistry());
  }

  CaffeineTaskCache(Duration ttl, MeterRegistry registry) {
    this.entries = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_ENTRIES).build();
    this.metrics = new CacheMetrics(registry, "tasks", "caffeine");
  }

  @Override
  public Lookup<Page<Task>> page(ListKey key, Supplier<Page<Task>> loader) {
    String name = generation.get() + ":" + Keys.page(key);
    @SuppressWarnings("unchecked")
    Page<Task> cached = (Page<Task>) entries.getIfPresent(name);
    if (cached != null) {
      metrics.hit();
      return new Lookup<>(cached, true);
    }
    metrics.miss();
    Page<Task> loaded = loader.get();
    entries.put(name, loaded);
    return new Lookup<>(loaded, false);
  }

  @Override
  public Lookup<Optional<Task>> task(TaskId id, Supplier<Optional<Task>> loader) {
    String name = generation.get() + ":" + Keys.task(id);
    Task cached = (Task) entries.getIfPresent(name);
    if (cached != null) {
      metrics.hit();
      return new Lookup<>(Optional.of(cached), true);
    }
    metrics.miss();
    Optional<Task> loaded = loader.get();
    loaded.ifPresent(task -> entries.put(name, task));
    return new Lookup<>(loaded, false);
  }

  @Override
  public void invalidate() {
    generation.incrementAndGet();
    // Unreachable now; dropped to give the memory back sooner than their TTL would.
    entries.invalidateAll();
  }
}
