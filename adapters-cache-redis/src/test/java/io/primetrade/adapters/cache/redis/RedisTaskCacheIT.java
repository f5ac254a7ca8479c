package io.primetrade.adapters.cache.redis;

import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskCacheContract;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The task-cache contract on a real Redis; each test gets its own key prefix. */
class RedisTaskCacheIT extends TaskCacheContract {
  private static TestRedis redis;
  private RedisCaches caches;

  @BeforeAll
  static void startRedis() {
    redis = TestRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @BeforeEach
  void connect() {
    caches =
        RedisCaches.connect(
            RedisSettings.of(redis.uri())
                .withCacheTtl(Duration.ofMinutes(5))
                .withKeyPrefix("test:" + UUID.randomUUID() + ":"),
            Clock.systemUTC());
  }

  @AfterEach
  void disconnect() {
    caches.close();
  }

  @Override
  protected TaskCache cache() {
    return caches.taskCache();
  }
}
