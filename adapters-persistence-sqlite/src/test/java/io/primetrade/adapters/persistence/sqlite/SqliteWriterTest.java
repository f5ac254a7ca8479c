package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group-commit writer on a real file: writes that wait together commit together, each keeps its
 * own outcome, and a caller is never told a write failed that then commits.
 *
 * <p>The tests hold the writer's turn (as a migration would) to make writes pile up, and then let
 * it go: that makes the batches deterministic without any sleep.
 */
@Timeout(60)
class SqliteWriterTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dir;

  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final ReentrantLock turn = new ReentrantLock(true);
  private SqliteDatabase database;
  private Jdbi jdbi;

  @BeforeEach
  void openDatabase() {
    database = SqliteDatabase.open(SqliteSettings.of(dir.resolve("writer.db")));
    jdbi = Jdbi.create(database.dataSource()).installPlugin(new SqlObjectPlugin());
  }

  @AfterEach
  void closeDatabase() {
    callers.shutdownNow();
    database.close();
  }

  @Test
  void writesThatWaitTogether_commitInOneTransaction() throws Exception {
    try (SqliteWriter writer = new SqliteWriter(jdbi, turn, 64, PATIENCE)) {
      turn.lock();
      Future<Integer> first = callers.submit(() -> addUser(writer, "first"));
      awaitTrue(() -> writer.queued() == 0 && turn.hasQueuedThreads());
      List<Future<Integer>> others = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String name = "user" + i;
        others.add(callers.submit(() -> addUser(writer, name)));
      }
      awaitTrue(() -> writer.queued() == 20);
      assertThat(first.isDone()).as("nothing is acknowledged before its commit").isFalse();

      turn.unlock();

      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      for (Future<Integer> other : others) {
        assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      }
      assertThat(writer.commits())
          .as("one transaction for the first, one for the rest")
          .isEqualTo(2);
      assertThat(countUsers()).isEqualTo(21);
    }
  }

  @Test
  void aCommandThatFails_isRolledBackAloneAndTheOthersCommit() throws Exception {
    try (SqliteWriter writer = new SqliteWriter(jdbi, turn, 64, PATIENCE)) {
      addUser(writer, "taken");
      long commitsBefore = writer.commits();
      turn.lock();
      Future<Integer> blocker = callers.submit(() -> addUser(writer, "before"));
      awaitTrue(() -> writer.queued() == 0 && turn.hasQueuedThreads());
      Future<Integer> kept = callers.submit(() -> addUser(writer, "kept"));
      awaitTrue(() -> writer.queued() == 1);
      Future<Integer> duplicate = callers.submit(() -> addUser(writer, "taken"));
      awaitTrue(() -> writer.queued() == 2);
      Future<Integer> halfDone =
          callers.submit(
              () ->
                  writer.<Integer>write(
                      batch -> {
                        batch.dao(UserDao.class).insert(row("halfdone"));
                        throw new IllegalStateException("a bug after the first statement");
                      }));
      awaitTrue(() -> writer.queued() == 3);
      Future<Integer> alsoKept = callers.submit(() -> addUser(writer, "alsokept"));
      awaitTrue(() -> writer.queued() == 4);

      turn.unlock();

      assertThat(blocker.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(kept.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(alsoKept.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .extracting(e -> SqliteErrors.translate((RuntimeException) e.getCause()))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> halfDone.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(IllegalStateException.class)
          .hasRootCauseMessage("a bug after the first statement");
      assertThat(writer.commits() - commitsBefore).isEqualTo(2);
      assertThat(usernames())
          .containsExactlyInAnyOrder("taken", "before", "kept", "alsokept")
          .doesNotContain("halfdone");
    }
  }

  @Test
  void anError_failsItsCommandOnly_andTheWriterCarriesOn() {
    try (SqliteWriter writer = new SqliteWriter(jdbi, turn, 64, PATIENCE)) {
      assertThatThrownBy(
              () ->
                  writer.write(
                      batch -> {
                        batch.dao(UserDao.class).insert(row("doomed"));
                        throw new StackOverflowError("deep");
                      }))
          .isInstanceOf(StackOverflowError.class);

      assertThat(addUser(writer, "after")).isEqualTo(1);
      assertThat(usernames()).containsExactly("after");
    }
  }

  @Test
  void aFullQueue_refusesAtOnce() throws Exception {
    try (SqliteWriter writer = new SqliteWriter(jdbi, turn, 4, PATIENCE)) {
      turn.lock();
      Future<Integer> taken = callers.submit(() -> addUser(writer, "taken"));
      awaitTrue(() -> writer.queued() == 0 && turn.hasQueuedThreads());
      List<Future<Integer>> queued = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String name = "queued" + i;
        queued.add(callers.submit(() -> addUser(writer, name)));
      }
      awaitTrue(() -> writer.queued() == 4);

      assertThatThrownBy(() -> addUser(writer, "refused"))
          .isInstanceOf(UnavailableException.class)
          .hasCauseInstanceOf(RejectedExecutionException.class);

      turn.unlock();
      assertThat(taken.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      for (Future<Integer> each : queued) {
        assertThat(each.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      }
      assertThat(usernames()).hasSize(5).doesNotContain("refused");
    }
  }

  @Test
  void aCommandNotStartedWithinThePatience_isRefusedAndNeverRuns() throws Exception {
    try (SqliteWriter writer = new SqliteWriter(jdbi, turn, 64, Duration.ofMillis(200))) {
      turn.lock();
      try {
        assertThatThrownBy(() -> addUser(writer, "impatient"))
            .isInstanceOf(UnavailableException.class)
            .hasCauseInstanceOf(TimeoutException.class);
      } finally {
        turn.unlock();
      }

      assertThat(addUser(writer, "later")).isEqualTo(1);
      assertThat(usernames()).containsExactly("later");
      assertThat(writer.commits()).as("the abandoned command took no transaction").isEqualTo(1);
    }
  }

  @Test
  void close_runsWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
    SqliteWriter writer = new SqliteWriter(jdbi, turn, 64, PATIENCE);
    turn.lock();
    List<Future<Integer>> queued = new ArrayList<>();
    queued.add(callers.submit(() -> addUser(writer, "queued0")));
    awaitTrue(() -> writer.queued() == 0 && turn.hasQueuedThreads());
    queued.add(callers.submit(() -> addUser(writer, "queued1")));
    queued.add(callers.submit(() -> addUser(writer, "queued2")));
    awaitTrue(() -> writer.queued() == 2);
    Future<?> closing = callers.submit(writer::close);

    turn.unlock();
    closing.get(10, TimeUnit.SECONDS);

    for (Future<Integer> each : queued) {
      assertThat(each.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }
    assertThatThrownBy(() -> addUser(writer, "late"))
        .isInstanceOf(UnavailableException.class)
        .hasRootCauseMessage("The database is closed");
    assertThat(usernames()).containsExactlyInAnyOrder("queued0", "queued1", "queued2");
  }

  private static int addUser(SqliteWriter writer, String username) {
    UserRow row = row(username);
    return writer.write(batch -> batch.dao(UserDao.class).insert(row));
  }

  private static UserRow row(String username) {
    return UserRow.from(
        User.register(
            new UserId(UUID.randomUUID()),
            new Username(username),
            new Email(username + "@example.com"),
            "insecure:password1",
            Role.USER,
            T0));
  }

  private long countUsers() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one());
  }

  private List<String> usernames() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT username FROM users").mapTo(String.class).list());
  }

  /**
   * Polls {@code condition}: the writer's thread gets there by itself, with no signal to wait on.
   */
  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The writer did not get there in time");
      }
      Thread.sleep(1);
    }
  }
}
