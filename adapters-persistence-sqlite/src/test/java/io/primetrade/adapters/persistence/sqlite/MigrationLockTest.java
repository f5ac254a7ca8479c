package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock around migrations. Flyway in IMMEDIATE transactions happened to survive concurrent opens
 * without it in our runs, so these tests check the lock itself: while one holder runs, a second
 * opener of the same file waits (checked over a short window, not slept through).
 */
@Timeout(120)
class MigrationLockTest {
  private static final long WAITS_AT_LEAST_MILLIS = 300;

  @TempDir Path dir;

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void excludesOtherThreads_evenWhenTheyNameTheFileDifferently() throws Exception {
    Path file = dir.resolve("tasks.db");
    Path sameFile = Files.createDirectory(dir.resolve("sub")).resolve("../tasks.db");
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> first =
        threads.submit(
            () ->
                MigrationLock.callExclusively(
                    file,
                    () -> {
                      firstInside.countDown();
                      return await(release);
                    }));
    assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();

    Future<String> second =
        threads.submit(() -> MigrationLock.callExclusively(sameFile, () -> "second ran"));

    assertThatThrownBy(() -> second.get(WAITS_AT_LEAST_MILLIS, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second ran");
  }

  @Test
  void letsOtherFiles_through() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> holder =
        threads.submit(
            () -> MigrationLock.callExclusively(dir.resolve("a.db"), () -> await(release)));

    String other = MigrationLock.callExclusively(dir.resolve("b.db"), () -> "other ran");

    assertThat(other).isEqualTo("other ran");
    release.countDown();
    assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void excludesAnotherProcess() throws Exception {
    Path file = dir.resolve("tasks.db");
    try (ChildJvm child = ChildJvm.start(dir, "hold-migration-lock", file.toString())) {
      child.go();
      child.awaitLine("locked");

      Future<String> mine =
          threads.submit(() -> MigrationLock.callExclusively(file, () -> "this JVM ran"));

      assertThatThrownBy(() -> mine.get(WAITS_AT_LEAST_MILLIS, TimeUnit.MILLISECONDS))
          .isInstanceOf(TimeoutException.class);
      child.send("release");
      assertThat(mine.get(30, TimeUnit.SECONDS)).isEqualTo("this JVM ran");
      child.assertSucceeds();
    }
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
