package io.primetrade.adapters.cache.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.domain.Page;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;

/**
 * Task reads in Redis, shared by every instance. Every entry's key holds the generation it was read
 * under ({@code primetrade:v1:tasks:g42:page:<digest>}); a write increments the generation, so all
 * instances stop finding older entries at once, with no key scanned or deleted (they expire by
 * their TTL). A reader stores what it loaded under the generation it saw before loading: if a write
 * completed meanwhile, the entry lands in a generation nobody reads any more.
 *
 * <p>Redis may come back from an outage with entries older than writes made meanwhile (a restart
 * from its append-only file; or a network cut). So whenever a command fails here, the generation is
 * owed an increment: it is paid before this instance reads from Redis again, and {@link
 * #settleOwed()} (run in the background every {@link RedisCaches#SETTLE_EVERY}) pays it as soon as
 * Redis answers, so other instances stop finding old entries too.
 */
final class RedisTaskCache implements TaskCache {
  private static final Logger LOG = LoggerFactory.getLogger(RedisTaskCache.class);
  private static final LuaScript READ = LuaScript.load("cache-read.lua");

  private final RedisGuard redis;
  private final ObjectMapper json;
  private final String generationKey;
  private final String entryPrefix;
  private final long ttlMillis;
  private final AtomicBoolean invalidationOwed = new AtomicBoolean();
  private final CacheMetrics metrics;

  RedisTaskCache(
      RedisGuard redis, RedisSettings settings, ObjectMapper json, MeterRegistry registry) {
    this.redis = redis;
    this.metrics = new CacheMetrics(registry, "tasks", "redis");
    this.json = json;
    this.generationKey = settings.keyPrefix() + "tasks:generation";
    this.entryPrefix = settings.keyPrefix() + "tasks:g";
    this.ttlMillis = settings.cacheTtl().toMillis();
    redis.onRecovery(() -> invalidationOwed.set(true));
    redis.onFailure(() -> invalidationOwed.set(true));
  }

  @Override
  public Lookup<Page<Task>> page(ListKey key, Supplier<Page<Task>> loader) {
    return lookup(
        Keys.page(key),
        loader,
        CachedPage.class,
        CachedPage::toDomain,
        page -> Optional.of(CachedPage.from(page)));
  }

  @Override
  public Lookup<Optional<Task>> task(TaskId id, Supplier<Optional<Task>> loader) {
    return lookup(
        Keys.task(id),
        loader,
        CachedTask.class,
        cached -> Optional.of(cached.toDomain()),
        found -> found.map(CachedTask::from));
  }

  @Override
  public void invalidate() {
    if (redis.call(client -> client.incr(generationKey)).isEmpty()) {
      invalidationOwed.set(true);
    }
  }

  private <T, C> Lookup<T> lookup(
      String name,
      Supplier<T> loader,
      Class<C> type,
      Function<C, T> fromCache,
      Function<T, Optional<C>> toCache) {
    if (!settled()) {
      metrics.error();
      return new Lookup<>(loader.get(), false);
    }
    Optional<List<?>> read =
        redis.call(
            client ->
                (List<?>)
                    READ.run(client, List.of(generationKey), List.of(entryPrefix, ":" + name)));
    if (read.isEmpty() || invalidationOwed.get()) {
      // Redis failed, or came back during this very read: its answer may predate a write.
      metrics.error();
      return new Lookup<>(loader.get(), false);
    }
    String generation = text(read.get().get(0));
    Object entry = read.get().size() > 1 ? read.get().get(1) : null;
    if (entry != null) {
      try {
        T cached = fromCache.apply(json.readValue(text(entry), type));
        metrics.hit();
        return new Lookup<>(cached, true);
      } catch (JsonProcessingException | RuntimeException e) {
        LOG.debug("Ignoring an unreadable cache entry {}", name, e);
      }
    }
    metrics.miss();
    T loaded = loader.get();
    toCache
        .apply(loaded)
        .ifPresent(
            cached -> {
              String value = write(cached);
              redis.call(
                  client ->
                      client.set(
                          entryPrefix + generation + ":" + name,
                          value,
                          SetParams.setParams().px(ttlMillis)));
            });
    return new Lookup<>(loaded, false);
  }

  /** Pays an invalidation owed from a time Redis could not be told; false if it still cannot. */
  private boolean settled() {
    if (!invalidationOwed.get()) {
      return true;
    }
    if (redis.call(client -> client.incr(generationKey)).isPresent()) {
      invalidationOwed.set(false);
      return true;
    }
    return false;
  }

  /** Pays an owed invalidation if Redis answers, whatever the breaker thinks. */
  void settleOwed() {
    if (invalidationOwed.get() && redis.probe(client -> client.incr(generationKey)).isPresent()) {
      invalidationOwed.set(false);
    }
  }

  /** Whether an invalidation is still owed to Redis (for tests). */
  boolean owesInvalidation() {
    return invalidationOwed.get();
  }

  private String write(Object cached) {
    try {
      return json.writeValueAsString(cached);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A cached task must serialise", e);
    }
  }

  private static String text(Object reply) {
    return reply instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.UTF_8)
        : String.valueOf(reply);
  }
}
