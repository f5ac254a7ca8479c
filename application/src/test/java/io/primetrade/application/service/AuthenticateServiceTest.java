package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateServiceTest {
  private final TestCore tc = new TestCore();

  private Actor authenticate(String token) {
    return tc.core.authenticate().authenticate(token);
  }

  private String tokenOfStored(User user) {
    tc.users.add(user);
    return tc.tokens.issue(user).token();
  }

  @Test
  void validToken_givesActor() {
    User ann = Fixtures.user("ann", Role.USER, T0);

    Actor actor = authenticate(tokenOfStored(ann));

    assertThat(actor).isEqualTo(ann.asActor());
  }

  @Test
  void actorHasTheRoleStoredNow_notTheTokensRole() {
    User asIssued = Fixtures.user("ann", Role.USER, T0);
    User promoted =
        new User(
            asIssued.id(),
            asIssued.username(),
            asIssued.email(),
            asIssued.passwordHash(),
            Role.ADMIN,
            true,
            T0,
            T0);
    tc.users.add(promoted);
    String token = tc.tokens.issue(asIssued).token();

    Actor actor = authenticate(token);

    assertThat(actor.role()).isEqualTo(Role.ADMIN);
    assertThat(actor.isAdmin()).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void missingToken_isRefused(String token) {
    UnauthenticatedException e = thrown(UnauthenticatedException.class, () -> authenticate(token));

    assertThat(e.code()).isEqualTo("auth.token_missing");
    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
  }

  @Test
  void unknownToken_isRefused() {
    tokenOfStored(Fixtures.user("ann", Role.USER, T0));

    UnauthenticatedException e =
        thrown(UnauthenticatedException.class, () -> authenticate("token-forged"));

    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
  }

  @Test
  void tokenStillValid_justBeforeOneHour() {
    User ann = Fixtures.user("ann", Role.USER, T0);
    String token = tokenOfStored(ann);
    tc.clock.advance(Duration.ofMinutes(59));

    assertThat(authenticate(token).id()).isEqualTo(ann.id());
  }

  @Test
  void expiredToken_isRefused() {
    String token = tokenOfStored(Fixtures.user("ann", Role.USER, T0));
    tc.clock.advance(Duration.ofHours(1).plusSeconds(1));

    UnauthenticatedException e = thrown(UnauthenticatedException.class, () -> authenticate(token));

    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
  }

  @Test
  void tokenOfUserWhoDoesNotExist_isRefused() {
    User neverStored = Fixtures.user("ghost", Role.ADMIN, T0);
    String token = tc.tokens.issue(neverStored).token();

    UnauthenticatedException e = thrown(UnauthenticatedException.class, () -> authenticate(token));

    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
    assertThat(e.code()).isEqualTo("auth.user_unknown");
  }

  private void update(User admin, User user, Role role, Boolean active) {
    tc.core
        .updateUser()
        .update(new UpdateUserUseCase.Command(admin.asActor(), user.id().toString(), role, active));
  }

  @Test
  void tokenIssuedBeforeDeactivation_stopsWorking() {
    User boss = Fixtures.user("boss", Role.ADMIN, T0);
    tc.users.add(boss);
    User ann = Fixtures.user("ann", Role.USER, T0);
    String token = tokenOfStored(ann);
    assertThat(authenticate(token).id()).isEqualTo(ann.id());

    update(boss, ann, null, false);

    UnauthenticatedException e = thrown(UnauthenticatedException.class, () -> authenticate(token));
    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
    assertThat(e.code()).isEqualTo("auth.account_deactivated");
  }

  @Test
  void tokenOfDeactivatedAdmin_isRefused() {
    User chief = Fixtures.user("chief", Role.ADMIN, T0);
    String token = tokenOfStored(chief);
    tc.users.replace(chief.withActive(false, T0));

    UnauthenticatedException e = thrown(UnauthenticatedException.class, () -> authenticate(token));

    assertThat(e.code()).isEqualTo("auth.account_deactivated");
  }

  @Test
  void tokenWorksAgain_afterReactivation() {
    User ann = Fixtures.user("ann", Role.USER, T0);
    String token = tokenOfStored(ann);
    tc.users.replace(ann.withActive(false, T0));
    thrown(UnauthenticatedException.class, () -> authenticate(token));

    tc.users.replace(ann.withActive(true, T0));

    assertThat(authenticate(token)).isEqualTo(ann.asActor());
  }

  @Test
  void roleChange_appliesAtTheNextRequest() {
    User boss = Fixtures.user("boss", Role.ADMIN, T0);
    tc.users.add(boss);
    User ann = Fixtures.user("ann", Role.USER, T0);
    String token = tokenOfStored(ann);
    assertThat(authenticate(token).isAdmin()).isFalse();

    update(boss, ann, Role.ADMIN, null);
    assertThat(authenticate(token).role()).isEqualTo(Role.ADMIN);

    update(boss, ann, Role.USER, null);
    assertThat(authenticate(token).role()).isEqualTo(Role.USER);
  }
}
