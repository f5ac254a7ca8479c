package io.primetrade.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.application.port.out.UnavailableException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
  // The lowest cost keeps the suite fast; the production minimum is checked separately.
  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

  @Test
  void matchesThePasswordItHashed_andNothingElse() {
    String hash = hasher.hash("correct horse");

    assertThat(hash).startsWith("$2a$04$").doesNotContain("correct horse");
    assertThat(hasher.matches("correct horse", hash)).isTrue();
    assertThat(hasher.matches("correct horsE", hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
  }

  @Test
  void usesTheConfiguredCost() {
    assertThat(new BcryptPasswordHasher(10).hash("password")).startsWith("$2a$10$");
  }

  @Test
  void acceptsExactly72Bytes_ofMultiByteText() {
    String password = "é".repeat(36); // 72 bytes in UTF-8

    assertThat(hasher.matches(password, hasher.hash(password))).isTrue();
  }

  @Test
  void refusesToHashMoreThan72Bytes() {
    assertThatThrownBy(() -> hasher.hash("a".repeat(73)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverMatchesPasswordLongerThan72Bytes_evenWhenItsPrefixWouldMatch() {
    String prefix = "a".repeat(72);
    String hash = hasher.hash(prefix);

    // jBCrypt alone would say true here: it ignores everything after byte 72.
    assertThat(hasher.matches(prefix + "anything", hash)).isFalse();
  }

  @Test
  void treatsMalformedHashAsNoMatch() {
    assertThat(hasher.matches("password", "not a bcrypt hash")).isFalse();
    assertThat(hasher.matches("password", "")).isFalse();
    assertThat(hasher.matches("password", "$2a$04$tooShort")).isFalse();
  }

  @Test
  void refusesCostOutsideBcryptsRange() {
    assertThatThrownBy(() -> new BcryptPasswordHasher(3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BcryptPasswordHasher(32))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void boundsConcurrentHashing_refusingAtOnceWhenTheQueueIsFull() throws Exception {
    // One slot, one waiting place; cost 14 keeps a hash busy for long enough to look at.
    BcryptPasswordHasher hasher = new BcryptPasswordHasher(14, 1, 1, Duration.ofMinutes(1));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = threads.submit(() -> hasher.hash("first-password"));
      await(() -> hasher.running(1) == 1);
      Future<String> second = threads.submit(() -> hasher.hash("second-password"));
      await(() -> hasher.waiting() == 1);

      String wellFormed = new BcryptPasswordHasher(4).hash("third-password");
      assertThatThrownBy(() -> hasher.matches("third-password", wellFormed))
          .isInstanceOf(UnavailableException.class);
      assertThatThrownBy(() -> hasher.hash("third-password"))
          .isInstanceOf(UnavailableException.class);

      assertThat(hasher.matches("first-password", first.get(1, TimeUnit.MINUTES))).isTrue();
      assertThat(second.get(1, TimeUnit.MINUTES)).startsWith("$2a$14$");
      assertThat(hasher.running(1)).isZero();
      assertThat(hasher.waiting()).isZero();
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void refusesAfterWaitingTooLong() throws Exception {
    BcryptPasswordHasher hasher = new BcryptPasswordHasher(14, 1, 5, Duration.ofMillis(50));
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      Future<String> first = threads.submit(() -> hasher.hash("first-password"));
      await(() -> hasher.running(1) == 1);

      assertThatThrownBy(() -> hasher.hash("second-password"))
          .isInstanceOf(UnavailableException.class);

      String hash = first.get(1, TimeUnit.MINUTES);
      assertThat(hasher.waiting()).isZero();
      assertThat(hasher.matches("first-password", hash)).isTrue();
    } finally {
      threads.shutdownNow();
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 30 s");
      }
      Thread.sleep(1);
    }
  }
}
