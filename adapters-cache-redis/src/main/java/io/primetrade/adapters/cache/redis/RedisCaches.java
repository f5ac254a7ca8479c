package io.primetrade.adapters.cache.redis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.primetrade.application.port.out.HealthCheck;
import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TokenDenylist;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The task cache, rate limiter and token denylist shared by every instance through one Redis, plus
 * the health check that reports it. Connecting does not wait for Redis: when it is down (now or
 * later) every port does without it, behind a circuit breaker, and picks it up again by itself.
 * Thread-safe; {@link #close()} releases the connections.
 */
public final class RedisCaches implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisCaches.class);

  /** How often each instance copies the shared denylist, for the time Redis may be down. */
  static final Duration DENYLIST_SYNC = Duration.ofSeconds(5);

  /**
   * How often an invalidation owed since an outage is retried: the longest another instance may
   * find entries older than a write made while Redis was away, once Redis is back.
   */
  static final Duration SETTLE_EVERY = Duration.ofMillis(200);

  static final String REDIS_ERRORS = "primetrade.redis.errors";
  static final String REDIS_UP = "primetrade.redis.up";

  private final RedisClient client;
  private final RedisGuard guard;
  private final RedisTaskCache taskCache;
  private final RedisRateLimiter rateLimiter;
  private final RedisTokenDenylist denylist;
  private final ScheduledExecutorService scheduler;

  private RedisCaches(RedisSettings settings, Clock clock, MeterRegistry registry) {
    this.client = client(settings);
    this.guard = new RedisGuard(client, "redis");
    ObjectMapper json = JsonMapper.builder().build();
    this.taskCache = new RedisTaskCache(guard, settings, json, registry);
    this.rateLimiter = new RedisRateLimiter(guard, settings, new LocalRateLimiter(clock));
    this.denylist =
        new RedisTokenDenylist(guard, settings, new CaffeineTokenDenylist(clock), clock);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "primetrade-denylist-sync");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        this::syncDenylist, 0, DENYLIST_SYNC.toMillis(), TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(
        this::settleCache, 0, SETTLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Uses the Redis the settings name; does not wait for it to answer. */
  public static RedisCaches connect(RedisSettings settings, Clock clock) {
    return connect(settings, clock, new CompositeMeterRegistry());
  }

  /**
   * Uses the Redis the settings name, reporting to {@code registry}: the task cache's lookups
   * ({@code primetrade_cache_requests_total{cache="tasks",store="redis"}}), failed Redis commands
   * ({@code primetrade_redis_errors_total}) and whether Redis is in use ({@code
   * primetrade_redis_up}, 0 while the circuit breaker is open). Does not wait for Redis to answer.
   */
  public static RedisCaches connect(RedisSettings settings, Clock clock, MeterRegistry registry) {
    RedisCaches caches = new RedisCaches(settings, clock, registry);
    FunctionCounter.builder(REDIS_ERRORS, caches.guard, RedisGuard::errors)
        .description("Redis commands that failed")
        .register(registry);
    Gauge.builder(REDIS_UP, caches.guard, guard -> guard.isAvailable() ? 1 : 0)
        .description("1 while Redis is in use, 0 while the instance does without it")
        .strongReference(true)
        .register(registry);
    LOG.info("Using Redis at {}", settings.redactedUri());
    return caches;
  }

  private static RedisClient client(RedisSettings settings) {
    URI uri = settings.uri();
    int timeout = (int) settings.timeout().toMillis();
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(timeout)
            .socketTimeoutMillis(timeout)
            .clientName("primetrade")
            .ssl(JedisURIHelper.isRedisSSLScheme(uri))
            .user(JedisURIHelper.getUser(uri))
            .password(JedisURIHelper.getPassword(uri));
    if (JedisURIHelper.hasDbIndex(uri)) {
      config.database(JedisURIHelper.getDBIndex(uri));
    }
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(settings.poolSize());
    pool.setMaxIdle(settings.poolSize());
    pool.setMinIdle(1);
    pool.setMaxWait(settings.timeout());
    pool.setBlockWhenExhausted(true);
    pool.setTestWhileIdle(true);
    return RedisClient.builder()
        .hostAndPort(JedisURIHelper.getHostAndPort(uri))
        .clientConfig(config.build())
        .poolConfig(pool)
        .build();
  }

  private void settleCache() {
    try {
      taskCache.settleOwed();
    } catch (RuntimeException e) {
      LOG.warn("Could not invalidate the task cache in Redis", e);
    }
  }

  private void syncDenylist() {
    try {
      denylist.sync();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again; the next sync may well work.
      LOG.warn("Could not copy the token denylist from Redis", e);
    }
  }

  /** Whether this instance still owes Redis an invalidation from a time it could not reach it. */
  boolean owesInvalidation() {
    return taskCache.owesInvalidation();
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

  /**
   * Reports Redis as the {@code cache} component, which the instance can do without: when it is
   * down the instance is degraded, not out of service.
   */
  public HealthCheck healthCheck() {
    return new HealthCheck() {
      @Override
      public String component() {
        return "cache";
      }

      @Override
      public boolean isUp() {
        return guard.call(redis -> redis.ping()).isPresent();
      }

      @Override
      public boolean essential() {
        return false;
      }
    };
  }

  /** Whether Redis is being used now (the breaker is not open). */
  public boolean isAvailable() {
    return guard.isAvailable();
  }

  /** Redis commands that failed since start, for metrics. */
  public long errors() {
    return guard.errors();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    client.close();
  }
}
