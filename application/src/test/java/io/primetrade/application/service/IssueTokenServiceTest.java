package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.IssueTokenUseCase;
import io.primetrade.application.port.in.IssueTokenUseCase.Command;
import io.primetrade.application.port.out.TokenService.IssuedToken;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssueTokenServiceTest {
  /** What {@link TestCore}'s token service gives tokens by default. */
  private static final Duration DEFAULT_TTL = Duration.ofHours(1);

  private static final FieldError BAD_TTL =
      new FieldError("ttl", "must be more than 0 and at most 30 days");

  private final TestCore tc = new TestCore();
  private final User boss = Fixtures.user("boss", Role.ADMIN, T0);
  private final User ann = Fixtures.user("ann", Role.USER, T0);

  @BeforeEach
  void addUsers() {
    tc.users.add(boss);
    tc.users.add(ann);
  }

  private IssuedToken issue(Actor actor, String user, Duration ttl) {
    return tc.core.issueToken().issue(new Command(actor, user, ttl));
  }

  private Actor authenticate(IssuedToken token) {
    return tc.core.authenticate().authenticate(token.token());
  }

  private void assertTtlRefused(Duration ttl) {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> issue(boss.asActor(), ann.id().toString(), ttl));

    assertThat(e.errors()).as("ttl %s", ttl).containsExactly(BAD_TTL);
  }

  @Test
  void issuedToken_authenticatesAsThatUser_notTheAdmin() {
    IssuedToken token = issue(boss.asActor(), ann.id().toString(), null);

    Actor actor = authenticate(token);

    assertThat(actor).isEqualTo(ann.asActor());
    assertThat(actor.isAdmin()).isFalse();
  }

  @Test
  void issuesByEmail_inAnyCase() {
    IssuedToken token = issue(boss.asActor(), "Ann@Example.COM", null);

    assertThat(authenticate(token).id()).isEqualTo(ann.id());
  }

  @Test
  void withoutTtl_tokenLivesTheConfiguredDefault() {
    IssuedToken token = issue(boss.asActor(), ann.id().toString(), null);

    assertThat(token.expiresAt()).isEqualTo(T0.plus(DEFAULT_TTL));
  }

  @Test
  void withTtl_tokenLivesThatLong() {
    Duration week = Duration.ofDays(7);

    IssuedToken token = issue(boss.asActor(), ann.id().toString(), week);

    assertThat(token.expiresAt()).isEqualTo(T0.plus(week));
    tc.clock.advance(week.minusSeconds(1));
    assertThat(authenticate(token).id()).isEqualTo(ann.id());
    tc.clock.advance(Duration.ofSeconds(1));
    thrown(UnauthenticatedException.class, () -> authenticate(token));
  }

  @Test
  void acceptsTtlOfExactly30Days_andOfOneSecond() {
    assertThat(issue(boss.asActor(), ann.id().toString(), IssueTokenUseCase.MAX_TTL).expiresAt())
        .isEqualTo(T0.plus(Duration.ofDays(30)));
    assertThat(issue(boss.asActor(), ann.id().toString(), Duration.ofSeconds(1)).expiresAt())
        .isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void refusesZeroTtl() {
    assertTtlRefused(Duration.ZERO);
  }

  @Test
  void refusesNegativeTtl() {
    assertTtlRefused(Duration.ofHours(-1));
    assertTtlRefused(Duration.ofNanos(-1));
  }

  @Test
  void refusesTtlOver30Days() {
    assertTtlRefused(Duration.ofDays(30).plusSeconds(1));
    assertTtlRefused(Duration.ofDays(365));
  }

  @Test
  void eachTokenIsNew() {
    IssuedToken first = issue(boss.asActor(), ann.id().toString(), null);
    IssuedToken second = issue(boss.asActor(), ann.id().toString(), null);

    assertThat(first.token()).isNotEqualTo(second.token());
    assertThat(first.tokenId()).isNotEqualTo(second.tokenId());
  }

  @Test
  void refusedForDeactivatedAccount() {
    tc.users.replace(ann.withActive(false, T0));

    ConflictException e =
        thrown(ConflictException.class, () -> issue(boss.asActor(), ann.id().toString(), null));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.code()).isEqualTo("user.inactive");
  }

  @Test
  void operatorMayIssue_forAnAdminToo() {
    IssuedToken token = issue(Actor.operator(), boss.id().toString(), null);

    assertThat(authenticate(token)).isEqualTo(boss.asActor());
  }

  @Test
  void userMayNotIssue_evenForThemselves() {
    ForbiddenException e =
        thrown(ForbiddenException.class, () -> issue(ann.asActor(), ann.id().toString(), null));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("user.manage.forbidden");
    thrown(ForbiddenException.class, () -> issue(ann.asActor(), boss.id().toString(), null));
  }

  @Test
  void unknownUser_isNotFound() {
    NotFoundException e =
        thrown(
            NotFoundException.class,
            () -> issue(boss.asActor(), new UUID(42, 42).toString(), null));

    assertThat(e.code()).isEqualTo("user.not_found");
  }

  @Test
  void missingUser_isRequired() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> issue(boss.asActor(), null, null));

    assertThat(e.errors()).containsExactly(new FieldError("user", "is required"));
  }
}
