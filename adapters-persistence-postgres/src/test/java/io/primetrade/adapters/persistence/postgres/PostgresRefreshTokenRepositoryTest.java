package io.primetrade.adapters.persistence.postgres;

import static io.primetrade.application.testing.Fixtures.task;
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
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

class PostgresRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {
  private TestPostgres.Database server;
  private PostgresDatabase database;
  private final List<PostgresDatabase> others = new ArrayList<>();

  /** A new database per test, opened on first use. */
  private PostgresDatabase database() {
    if (database == null) {
      server = TestPostgres.shared().newDatabase();
      database = PostgresDatabase.open(server.settings());
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
    others.forEach(PostgresDatabase::close);
    if (database != null) {
      database.close();
    }
  }

  @Test
  void removingAUserWhoCreatedTasks_isStillTheTasksConflict_andKeepsTheTokens() {
    User ann = added("ann");
    database().tasks().add(task("Still here", ann.id(), T0));
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
                assertThat(sqlCause(e).getSQLState())
                    .isEqualTo(PostgresErrors.FOREIGN_KEY_VIOLATION));
    assertThat(refreshTokens().findByHash("hash-1")).isEmpty();
  }

  /** Two pools on one database stand for two API instances. */
  @Test
  void marksTokenUsed_forExactlyOneOfTwoInstances() throws Exception {
    User ann = added("ann");
    int tokens = 20;
    List<RefreshToken> issued = new ArrayList<>();
    for (int i = 0; i < tokens; i++) {
      RefreshToken token = token(ann.id(), "hash-" + i);
      refreshTokens().add(token);
      issued.add(token);
    }
    PostgresDatabase other = PostgresDatabase.open(server.settings());
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

  /**
   * Each statement can search its index. The tables here are nearly empty, where a sequential scan
   * is cheapest, so the planner is told to avoid one: what is checked is that the index fits.
   */
  @Test
  void everyStatementSearchesItsIndex() {
    UUID id = UUID.randomUUID();
    Map<String, Map<String, Object>> statements = new LinkedHashMap<>();
    statements.put(RefreshTokenDao.FIND_BY_HASH, Map.of("tokenHash", "hash-1"));
    statements.put(RefreshTokenDao.MARK_USED, Map.of("id", id, "at", T0));
    statements.put(RefreshTokenDao.REVOKE_FAMILY, Map.of("familyId", id, "at", T0));
    statements.put(RefreshTokenDao.REVOKE_ALL_OF, Map.of("userId", id, "at", T0));
    statements.put(RefreshTokenDao.DELETE_EXPIRED, Map.of("before", T0));
    List<String> indexes =
        List.of(
            "refresh_tokens_token_hash_key",
            "refresh_tokens_pkey",
            "refresh_tokens_family_id_idx",
            "refresh_tokens_user_id_idx",
            "refresh_tokens_expires_at_idx");

    List<String> plans =
        Jdbi.create(database().dataSource())
            .withHandle(
                handle -> {
                  handle.execute("SET enable_seqscan = off");
                  List<String> found = new ArrayList<>();
                  for (Map.Entry<String, Map<String, Object>> statement : statements.entrySet()) {
                    found.add(
                        String.join(
                            "\n",
                            handle
                                .createQuery("EXPLAIN " + statement.getKey())
                                .bindMap(statement.getValue())
                                .mapTo(String.class)
                                .list()));
                  }
                  handle.execute("RESET enable_seqscan");
                  return found;
                });

    for (int i = 0; i < indexes.size(); i++) {
      assertThat(plans.get(i)).contains("Index").contains(indexes.get(i));
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

  private static SQLException sqlCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql;
      }
    }
    throw new AssertionError("No SQLException in the chain of " + e, e);
  }
}
