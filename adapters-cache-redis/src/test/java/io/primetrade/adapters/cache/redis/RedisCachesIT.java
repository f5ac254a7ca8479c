package io.primetrade.adapters.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.out.RateLimiter.Limit;
import io.primetrade.application.port.out.TaskCache.ListKey;
import io.primetrade.application.port.out.TaskCache.Lookup;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two application instances ("a" and "b") sharing one real Redis, and what happens when that Redis
 * stops and comes back with its data.
 */
class RedisCachesIT {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final ListKey FIRST_PAGE =
      new ListKey(TaskFilter.ALL, TaskSort.NEWEST_FIRST, new PageRequest(1, 20));

  private TestRedis redis;
  private RedisCaches a;
  private RedisCaches b;

  @BeforeEach
  void start() {
    redis = TestRedis.start();
    // Generous timeouts: these tests are about sharing, not about a slow machine's handshakes.
    RedisSettings settings = RedisSettings.of(redis.uri()).withTimeout(Duration.ofSeconds(2));
    a = RedisCaches.connect(settings, Clock.systemUTC());
    b = RedisCaches.connect(settings, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    redis.close();
  }

  private static Page<Task> pageTitled(String title) {
    Task task =
        new Task(
            new TaskId(UUID.randomUUID()),
            title,
            null,
            TaskStatus.PENDING,
            Priority.HIGH,
            null,
            "ann",
            new UserId(UUID.randomUUID()),
            T0,
            T0,
            1);
    return new Page<>(List.of(task), new PageRequest(1, 20), 1);
  }

  @Test
  void instancesShareEntries_andSeeEachOthersInvalidationAtOnce() {
    Page<Task> before = pageTitled("Before the write");
    a.taskCache().page(FIRST_PAGE, () -> before);

    Lookup<Page<Task>> fromB = b.taskCache().page(FIRST_PAGE, () -> pageTitled("not used"));
    assertThat(fromB.hit()).isTrue();
    assertThat(fromB.value()).isEqualTo(before);

    a.taskCache().invalidate();

    Page<Task> after = pageTitled("After the write");
    Lookup<Page<Task>> next = b.taskCache().page(FIRST_PAGE, () -> after);
    assertThat(next.hit()).isFalse();
    assertThat(next.value()).isEqualTo(after);
  }

  @Test
  void rateLimitHoldsAcrossInstances_exactlyUnderConcurrency() throws Exception {
    Limit limit = new Limit(25, Duration.ofMinutes(1));
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Callable<Boolean>> requests = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        RedisCaches instance = i % 2 == 0 ? a : b;
        requests.add(() -> instance.rateLimiter().acquire("login-ip:10.0.0.1", limit).allowed());
      }
      int admitted = 0;
      for (Future<Boolean> result : pool.invokeAll(requests)) {
        admitted += result.get() ? 1 : 0;
      }
      assertThat(admitted).isEqualTo(25);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void logoutOnOneInstance_deniesTheTokenOnTheOther() {
    a.denylist().deny("jti-1", Instant.now().plusSeconds(60));

    assertThat(b.denylist().isDenied("jti-1")).isTrue();
    assertThat(b.denylist().isDenied("jti-2")).isFalse();
  }

  @Test
  void withoutRedis_everyPortAnswersAtOnce_andHealthSaysDown() {
    a.denylist().deny("jti-1", Instant.now().plusSeconds(60));
    redis.pause();

    // The first few commands find the connection refused; then the breaker opens. (This also
    // loads the fallbacks' classes, which the timing below is not about.)
    for (int i = 0; i < 10; i++) {
      a.taskCache().page(FIRST_PAGE, () -> pageTitled("From the database"));
      a.rateLimiter().acquire("api:warm-up", new Limit(1, Duration.ofMinutes(1)));
      a.denylist().isDenied("jti-0");
    }
    long start = System.nanoTime();
    Lookup<Page<Task>> lookup = a.taskCache().page(FIRST_PAGE, () -> pageTitled("Loaded"));
    boolean denied = a.denylist().isDenied("jti-1");
    boolean allowed =
        a.rateLimiter().acquire("api:x", new Limit(1, Duration.ofMinutes(1))).allowed();
    boolean refused =
        !a.rateLimiter().acquire("api:x", new Limit(1, Duration.ofMinutes(1))).allowed();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(lookup.hit()).isFalse();
    assertThat(lookup.value().items().get(0).title()).isEqualTo("Loaded");
    assertThat(denied).as("the local copy remembers the denial").isTrue();
    assertThat(allowed).isTrue();
    assertThat(refused).as("limits still hold, per instance").isTrue();
    // Well under one 2 s timeout for all three calls: none of them waited for the dead Redis.
    assertThat(took).isLessThan(Duration.ofSeconds(1));
    assertThat(a.isAvailable()).isFalse();
    assertThat(a.healthCheck().isUp()).isFalse();
    assertThat(a.healthCheck().essential()).isFalse();
  }

  @Test
  void whenRedisComesBack_withOldEntries_noInstanceServesThemAfterAWriteMadeWhileAway()
      throws InterruptedException {
    a.taskCache().page(FIRST_PAGE, () -> pageTitled("Before the outage"));
    assertThat(b.taskCache().page(FIRST_PAGE, () -> pageTitled("not used")).hit()).isTrue();

    redis.pause();
    // A write on a, while Redis is away: its invalidation cannot reach Redis.
    a.taskCache().invalidate();
    // Redis comes back from its append-only file, with the old generation and the old entry.
    redis.resume();
    awaitTrue(() -> a.healthCheck().isUp(), Duration.ofSeconds(10));
    // The owed invalidation is paid in the background, without any read on a.
    awaitTrue(() -> !a.owesInvalidation(), Duration.ofSeconds(10));

    Page<Task> fresh = pageTitled("After the outage");
    Lookup<Page<Task>> onB = b.taskCache().page(FIRST_PAGE, () -> fresh);
    assertThat(onB.hit()).isFalse();
    assertThat(onB.value()).isEqualTo(fresh);
    // And caching resumes by itself (once b, which found its connections broken, has settled too):
    // what one instance loads now, the other finds.
    awaitTrue(() -> !b.owesInvalidation() && !a.owesInvalidation(), Duration.ofSeconds(10));
    a.taskCache().page(FIRST_PAGE, () -> fresh);
    Lookup<Page<Task>> again = b.taskCache().page(FIRST_PAGE, () -> pageTitled("not used"));
    assertThat(again.hit()).isTrue();
    assertThat(again.value()).isEqualTo(fresh);
  }

  @Test
  void aLogoutMadeWhileRedisWasAway_reachesTheOtherInstancesWhenItIsBack()
      throws InterruptedException {
    redis.pause();
    a.denylist().deny("jti-away", Instant.now().plusSeconds(60));
    assertThat(a.denylist().isDenied("jti-away")).as("a's local copy").isTrue();

    redis.resume();

    // a shares it on its next sync (every few seconds); b then finds it in Redis.
    awaitTrue(() -> b.denylist().isDenied("jti-away"), Duration.ofSeconds(15));
    assertThat(b.denylist().isDenied("jti-other")).isFalse();
  }

  private static void awaitTrue(BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not true within " + timeout);
      }
      Thread.sleep(50);
    }
  }
}
