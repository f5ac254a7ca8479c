package io.primetrade.adapters.persistence.sqlite;

import static io.primetrade.application.testing.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.RefreshTokenRepositoryContract;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.DomainException;
import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqliteRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {
  @TempDir Path dir;

  private SqliteDatabase database;
  private final List<SqliteDatabase> others = new ArrayList<>();

  /** Opened on first use: the contract's own set-up runs before a subclass's. */
  private SqliteDatabase database() {
    if (database == null) {
      database = SqliteDatabase.open(SqliteSettings.of(dir.resolve("tokens.db")));
    }
    return database;
  }

  @Override
  protected RefreshTokenRepository refreshTokens() {
    return database().refreshTokens();
  }

  @Override
  protected UserRepository users() {
    return database().users();
  }

  @AfterEach
  void close() {
    others.forEach(SqliteDatabase::close);
    if (database != null) {
      database.close();
    }
  }

  @Test
  void storesIdsAsTextAndInstantsAsMillis() {
    User ann = added("ann");
    RefreshToken token = token(ann.id(), "hash-1");
    refreshTokens().add(token);
    refreshTokens().markUsed(token.id(), T0.plusMillis(5));

    Map<String, Object> row =
        Jdbi.create(database().dataSource())
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT id, family_id, user_id, issued_at, used_at, revoked_at,"
                                + " typeof(expires_at) AS expires_at_type FROM refresh_tokens")
                        .mapToMap()
                        .one());

    assertThat(row)
        .containsEntry("id", token.id().toString())
        .containsEntry("family_id", token.familyId().toString())
        .containsEntry("user_id", ann.id().value().toString())
        .containsEntry("issued_at", T0.toEpochMilli())
        .containsEntry("used_at", T0.toEpochMilli() + 5)
        .containsEntry("revoked_at", null)
        .containsEntry("expires_at_type", "integer");
  }

  @Test
  void deletesExpiredTokens_beforeAnInstantBetweenMilliseconds() {
    User ann = added("ann");
    RefreshToken token = token(ann.id(), "hash-1");
    refreshTokens().add(token);

    assertThat(refreshTokens().deleteExpired(token.expiresAt())).isZero();
    assertThat(refreshTokens().deleteExpired(token.expiresAt().plusNanos(1))).isEqualTo(1);
  }

  @Test
  void removingAUserWhoCreatedTasks_isStillTheTasksConflict_andKeepsTheTokens() {
    User ann = added("ann");
    database().tasks().add(SqliteChild.task("Still here", ann.id()));
    refreshTokens().add(token(ann.id(), "hash-1"));

    assertThatThrownBy(() -> users().remove(ann.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo(UserRepository.HAS_TASKS));
    assertThat(refreshTokens().findByHash("hash-1")).isPresent();
  }

  @Test
  void refusesTokenOfUnknownUser_asABug() {
    RefreshToken orphan = token(new UserId(UUID.randomUUID()), "hash-1");

    assertThatThrownBy(() -> refreshTokens().add(orphan))
        .isNotInstanceOf(UnavailableException.class)
        .isNotInstanceOf(DomainException.class)
        .satisfies(
            e ->
                assertThat(sqliteCause(e).getResultCode())
                    .isEqualTo(SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY));
    assertThat(refreshTokens().findByHash("hash-1")).isEmpty();
  }

  /** Two pools on one file stand for two processes: they share no Java lock, only SQLite's. */
  @Test
  void marksTokenUsed_forExactlyOneOfTwoProcesses() throws Exception {
    User ann = added("ann");
    int tokens = 20;
    List<RefreshToken> issued = new ArrayList<>();
    for (int i = 0; i < tokens; i++) {
      RefreshToken token = token(ann.id(), "hash-" + i);
      refreshTokens().add(token);
      issued.add(token);
    }
    SqliteDatabase other = SqliteDatabase.open(SqliteSettings.of(dir.resolve("tokens.db")));
    others.add(other);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Callable<Integer>> both = new ArrayList<>();
      for (RefreshTokenRepository repository : List.of(refreshTokens(), other.refreshTokens())) {
        both.add(
            () -> {
              start.await();
              int won = 0;
              for (RefreshToken token : issued) {
                won += repository.markUsed(token.id(), T0.plusSeconds(1)) ? 1 : 0;
              }
              return won;
            });
      }
      List<Future<Integer>> results = new ArrayList<>();
      for (Callable<Integer> call : both) {
        results.add(threads.submit(call));
      }
      start.countDown();
      int won = 0;
      for (Future<Integer> result : results) {
        won += result.get();
      }

      assertThat(won).isEqualTo(tokens);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void throwsUnavailable_afterClose() {
    User ann = added("ann");
    RefreshToken token = token(ann.id(), "hash-1");
    database().close();

    assertThatThrownBy(() -> refreshTokens().add(token))
        .isInstanceOf(UnavailableException.class)
        .hasMessage("The database is unavailable");
    assertThatThrownBy(() -> refreshTokens().findByHash("hash-1"))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> refreshTokens().markUsed(token.id(), T0))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> refreshTokens().revokeFamily(token.familyId(), T0))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> refreshTokens().revokeAllOf(ann.id(), T0))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> refreshTokens().deleteExpired(T0))
        .isInstanceOf(UnavailableException.class);
  }

  private User added(String name) {
    User user = user(name, Role.USER, T0);
    users().add(user);
    return user;
  }

  private static RefreshToken token(UserId user, String hash) {
    return RefreshToken.issue(
        UUID.randomUUID(), UUID.randomUUID(), user, hash, T0, Duration.ofDays(7));
  }

  private static SQLiteException sqliteCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite) {
        return sqlite;
      }
    }
    throw new AssertionError("No SQLiteException in the chain of " + e, e);
  }
}
