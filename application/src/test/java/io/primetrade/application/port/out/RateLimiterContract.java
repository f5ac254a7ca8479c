package io.primetrade.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.out.RateLimiter.Decision;
import io.primetrade.application.port.out.RateLimiter.Limit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimiter} does, on the real clock (a shared limiter counts by its store's
 * time). Keys are random, so a store shared between tests does not matter.
 */
public abstract class RateLimiterContract {
  /** A limiter, new for each test. */
  protected abstract RateLimiter limiter();

  private static String key() {
    return "test:" + UUID.randomUUID();
  }

  @Test
  void admitsThePermits_countingDown_thenRefusesWithWhenToRetry() {
    String key = key();
    Limit limit = new Limit(3, Duration.ofMinutes(1));

    Decision first = limiter().acquire(key, limit);
    Decision second = limiter().acquire(key, limit);
    Decision third = limiter().acquire(key, limit);
    Decision fourth = limiter().acquire(key, limit);

    assertThat(first.allowed()).isTrue();
    assertThat(first.limit()).isEqualTo(3);
    assertThat(first.remaining()).isEqualTo(2);
    assertThat(first.reset()).isZero();
    assertThat(second.remaining()).isEqualTo(1);
    assertThat(third.allowed()).isTrue();
    assertThat(third.remaining()).isZero();
    assertThat(third.reset()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    assertThat(fourth.allowed()).isFalse();
    assertThat(fourth.remaining()).isZero();
    assertThat(fourth.reset())
        .isGreaterThan(Duration.ofSeconds(50))
        .isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void countsEachKeyOnItsOwn() {
    Limit limit = new Limit(1, Duration.ofMinutes(1));
    String ann = key();
    String bob = key();

    assertThat(limiter().acquire(ann, limit).allowed()).isTrue();
    assertThat(limiter().acquire(ann, limit).allowed()).isFalse();
    assertThat(limiter().acquire(bob, limit).allowed()).isTrue();
  }

  @Test
  void admitsAgain_onceTheWindowHasSlidPast() throws InterruptedException {
    String key = key();
    Limit limit = new Limit(2, Duration.ofMillis(300));
    limiter().acquire(key, limit);
    limiter().acquire(key, limit);
    assertThat(limiter().acquire(key, limit).allowed()).isFalse();

    Thread.sleep(350);

    assertThat(limiter().acquire(key, limit).allowed()).isTrue();
  }

  @Test
  void admitsExactlyThePermits_underConcurrentRequests() throws Exception {
    String key = key();
    Limit limit = new Limit(100, Duration.ofMinutes(1));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Boolean>> requests = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        requests.add(() -> limiter().acquire(key, limit).allowed());
      }
      int admitted = 0;
      for (Future<Boolean> result : pool.invokeAll(requests)) {
        admitted += result.get() ? 1 : 0;
      }
      assertThat(admitted).isEqualTo(100);
    } finally {
      pool.shutdownNow();
    }
  }
}
