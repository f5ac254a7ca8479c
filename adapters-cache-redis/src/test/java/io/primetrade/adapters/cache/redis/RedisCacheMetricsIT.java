package io.primetrade.adapters.cache.redis;

import static io.primetrade.adapters.cache.redis.CacheMetricsTest.requests;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.primetrade.application.port.out.TaskCache.ListKey;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cache and Redis metrics against a real Redis that answers, then stops. */
class RedisCacheMetricsIT {
  static final ListKey FIRST_PAGE =
      new ListKey(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(1, 20));
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  private TestRedis redis;
  private RedisCaches caches;
  private SimpleMeterRegistry registry;

  static Page<Task> page() {
    Task task =
        new Task(
            new TaskId(UUID.fromString("0b8f3c1e-6d2a-4f7e-9a51-2c3d4e5f6a7b")),
            "Write the report",
            null,
            TaskStatus.PENDING,
            Priority.HIGH,
            null,
            "ann",
            new UserId(UUID.fromString("1b8f3c1e-6d2a-4f7e-9a51-2c3d4e5f6a7b")),
            T0,
            T0,
            1);
    return new Page<>(List.of(task), new PageRequest(1, 20), 1);
  }

  @BeforeEach
  void start() {
    redis = TestRedis.start();
    registry = new SimpleMeterRegistry();
    caches =
        RedisCaches.connect(
            RedisSettings.of(redis.uri()).withTimeout(Duration.ofSeconds(2)),
            Clock.systemUTC(),
            registry);
  }

  @AfterEach
  void stop() {
    caches.close();
    redis.close();
  }

  private double redisUp() {
    return registry.get("primetrade.redis.up").gauge().value();
  }

  private double redisErrors() {
    return registry.get("primetrade.redis.errors").functionCounter().count();
  }

  @Test
  void countsMissThenHit_andReportsRedisUp() {
    caches.taskCache().page(FIRST_PAGE, RedisCacheMetricsIT::page);
    caches.taskCache().page(FIRST_PAGE, RedisCacheMetricsIT::page);

    assertThat(requests(registry, "redis", "miss")).isEqualTo(1);
    assertThat(requests(registry, "redis", "hit")).isEqualTo(1);
    assertThat(requests(registry, "redis", "error")).isZero();
    assertThat(redisUp()).isEqualTo(1);
    assertThat(redisErrors()).isZero();
  }

  @Test
  void redisDown_countsErrors_andReportsItDown() {
    redis.pause();

    // Connection refused each time until the circuit breaker opens; after that Redis is not asked.
    for (int i = 0; i < 10; i++) {
      caches.taskCache().page(FIRST_PAGE, RedisCacheMetricsIT::page);
    }

    assertThat(requests(registry, "redis", "error")).isEqualTo(10);
    assertThat(requests(registry, "redis", "hit")).isZero();
    // How many commands failed before the breaker opened depends on what the background denylist
    // sync had already recorded; at least one did.
    assertThat(redisErrors()).isPositive();
    assertThat(redisUp()).isZero();
  }
}
