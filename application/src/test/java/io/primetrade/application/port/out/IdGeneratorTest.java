package io.primetrade.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
  private final IdGenerator ids = IdGenerator.random();

  @Test
  void random_makesVersion4UuidsOfTheIetfVariant() {
    for (int i = 0; i < 1_000; i++) {
      UUID id = ids.next();
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }
  }

  @Test
  void random_neverRepeatsAcrossThreads() throws Exception {
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      var running =
          IntStream.range(0, 8)
              .mapToObj(
                  t ->
                      threads.submit(
                          () -> {
                            for (int i = 0; i < 10_000; i++) {
                              seen.add(ids.next());
                            }
                          }))
              .toList();
      for (Future<?> each : running) {
        each.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(seen).hasSize(80_000);
  }

  @Test
  void random_usesEveryRandomBit() {
    // 122 random bits: over many ids every one of them takes both values.
    long mostOr = 0;
    long mostAnd = -1;
    long leastOr = 0;
    long leastAnd = -1;
    for (int i = 0; i < 1_000; i++) {
      UUID id = ids.next();
      mostOr |= id.getMostSignificantBits();
      mostAnd &= id.getMostSignificantBits();
      leastOr |= id.getLeastSignificantBits();
      leastAnd &= id.getLeastSignificantBits();
    }
    assertThat(mostOr ^ mostAnd).isEqualTo(~0xf000L);
    assertThat(leastOr ^ leastAnd).isEqualTo(0x3fffffffffffffffL);
  }
}
