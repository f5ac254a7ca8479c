package io.primetrade.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
  private final IdGenerator ids = IdGenerator.timeOrdered();

  @Test
  void timeOrdered_makesVersion7UuidsOfTheIetfVariant() {
    for (int i = 0; i < 1_000; i++) {
      UUID id = ids.next();
      assertThat(id.version()).isEqualTo(7);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }
  }

  @Test
  void timeOrdered_startsWithTheTimeItWasMadeAt() {
    long before = System.currentTimeMillis();
    UUID id = ids.next();
    long after = System.currentTimeMillis();

    assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
  }

  @Test
  void timeOrdered_idsMadeInLaterMillisecondsSortAfter() {
    UUID first = ids.next();
    long madeAt = first.getMostSignificantBits() >>> 16;
    while (System.currentTimeMillis() <= madeAt) {
      Thread.onSpinWait();
    }
    UUID second = ids.next();

    // As the database compares them: as text.
    assertThat(second.toString()).isGreaterThan(first.toString());
  }

  @Test
  void timeOrdered_neverRepeatsAcrossThreads() throws Exception {
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        running.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 10_000; i++) {
                    seen.add(ids.next());
                  }
                }));
      }
      for (Future<?> each : running) {
        each.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(seen).hasSize(80_000);
  }

  @Test
  void timeOrdered_usesEveryRandomBit() {
    // 12 random bits after the version and 62 after the variant: over many ids each takes both
    // values.
    long randomAOr = 0;
    long randomAAnd = -1;
    long leastOr = 0;
    long leastAnd = -1;
    for (int i = 0; i < 1_000; i++) {
      UUID id = ids.next();
      randomAOr |= id.getMostSignificantBits() & 0xfffL;
      randomAAnd &= id.getMostSignificantBits() & 0xfffL;
      leastOr |= id.getLeastSignificantBits();
      leastAnd &= id.getLeastSignificantBits();
    }
    assertThat(randomAOr ^ randomAAnd).isEqualTo(0xfffL);
    assertThat(leastOr ^ leastAnd).isEqualTo(0x3fffffffffffffffL);
  }
}
