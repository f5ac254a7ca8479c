package io.primetrade.application.port.out;

import static io.primetrade.application.testing.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokenRepository} does. Subclasses hand over an empty repository and the
 * user repository of the same store (tokens belong to users that exist).
 */
public abstract class RefreshTokenRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final Duration WEEK = Duration.ofDays(7);

  /** An empty repository, new for each test. */
  protected abstract RefreshTokenRepository refreshTokens();

  /** The users of the same store, empty too. */
  protected abstract UserRepository users();

  private User ann() {
    User ann = user("ann", Role.USER, T0);
    users().add(ann);
    return ann;
  }

  private static RefreshToken token(UserId user, UUID family, String hash) {
    return RefreshToken.issue(UUID.randomUUID(), family, user, hash, T0, WEEK);
  }

  @Test
  void findsAddedToken_byHash_withEveryField() {
    User ann = ann();
    RefreshToken token = token(ann.id(), UUID.randomUUID(), "hash-1");
    refreshTokens().add(token);

    assertThat(refreshTokens().findByHash("hash-1")).contains(token);
    assertThat(refreshTokens().findByHash("hash-2")).isEmpty();
  }

  @Test
  void marksTokenUsed_once() {
    User ann = ann();
    RefreshToken token = token(ann.id(), UUID.randomUUID(), "hash-1");
    refreshTokens().add(token);

    assertThat(refreshTokens().markUsed(token.id(), T0.plusSeconds(5))).isTrue();
    assertThat(refreshTokens().markUsed(token.id(), T0.plusSeconds(6))).isFalse();
    RefreshToken used = refreshTokens().findByHash("hash-1").orElseThrow();
    assertThat(used.usedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(used.isSpent()).isTrue();
  }

  @Test
  void marksNothing_forUnknownOrRevokedToken() {
    User ann = ann();
    RefreshToken token = token(ann.id(), UUID.randomUUID(), "hash-1");
    refreshTokens().add(token);
    refreshTokens().revokeFamily(token.familyId(), T0.plusSeconds(1));

    assertThat(refreshTokens().markUsed(token.id(), T0.plusSeconds(2))).isFalse();
    assertThat(refreshTokens().markUsed(UUID.randomUUID(), T0.plusSeconds(2))).isFalse();
  }

  @Test
  void marksTokenUsed_forExactlyOneOfManyRacingCallers() throws Exception {
    User ann = ann();
    RefreshToken token = token(ann.id(), UUID.randomUUID(), "hash-1");
    refreshTokens().add(token);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> refreshTokens().markUsed(token.id(), T0.plusSeconds(1)));
      }
      long winners = 0;
      for (Future<Boolean> result : pool.invokeAll(calls)) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void revokesWholeFamily_andNoOtherFamily() {
    User ann = ann();
    UUID family = UUID.randomUUID();
    UUID otherFamily = UUID.randomUUID();
    refreshTokens().add(token(ann.id(), family, "a-1"));
    refreshTokens().add(token(ann.id(), family, "a-2"));
    refreshTokens().add(token(ann.id(), otherFamily, "b-1"));

    assertThat(refreshTokens().revokeFamily(family, T0.plusSeconds(9))).isEqualTo(2);
    assertThat(refreshTokens().revokeFamily(family, T0.plusSeconds(10))).isZero();

    assertThat(refreshTokens().findByHash("a-1").orElseThrow().revokedAt())
        .isEqualTo(T0.plusSeconds(9));
    assertThat(refreshTokens().findByHash("a-2").orElseThrow().isSpent()).isTrue();
    assertThat(refreshTokens().findByHash("b-1").orElseThrow().isSpent()).isFalse();
  }

  @Test
  void revokesEveryTokenOfUser_andNoOneElses() {
    User ann = ann();
    User bob = user("bob", Role.USER, T0);
    users().add(bob);
    refreshTokens().add(token(ann.id(), UUID.randomUUID(), "a-1"));
    refreshTokens().add(token(ann.id(), UUID.randomUUID(), "a-2"));
    refreshTokens().add(token(bob.id(), UUID.randomUUID(), "b-1"));

    assertThat(refreshTokens().revokeAllOf(ann.id(), T0.plusSeconds(3))).isEqualTo(2);

    assertThat(refreshTokens().findByHash("a-1").orElseThrow().isSpent()).isTrue();
    assertThat(refreshTokens().findByHash("a-2").orElseThrow().isSpent()).isTrue();
    assertThat(refreshTokens().findByHash("b-1").orElseThrow().isSpent()).isFalse();
  }

  @Test
  void deletesExpiredTokens_only() {
    User ann = ann();
    RefreshToken shortLived =
        RefreshToken.issue(
            UUID.randomUUID(), UUID.randomUUID(), ann.id(), "short", T0, Duration.ofMinutes(1));
    refreshTokens().add(shortLived);
    refreshTokens().add(token(ann.id(), UUID.randomUUID(), "long"));

    assertThat(refreshTokens().deleteExpired(T0.plus(Duration.ofHours(1)))).isEqualTo(1);

    assertThat(refreshTokens().findByHash("short")).isEmpty();
    assertThat(refreshTokens().findByHash("long")).isPresent();
  }

  @Test
  void forgetsTokensOfRemovedUser() {
    User ann = ann();
    refreshTokens().add(token(ann.id(), UUID.randomUUID(), "a-1"));

    assertThat(users().remove(ann.id())).isTrue();

    assertThat(refreshTokens().findByHash("a-1")).isEmpty();
  }
}
