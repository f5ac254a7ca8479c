package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.LoginUseCase.Command;
import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
  private static final String PASSWORD = Fixtures.PASSWORD;

  private final TestCore tc = new TestCore();
  private User ann;

  @BeforeEach
  void addAnn() {
    ann = Fixtures.user("ann", Role.USER, T0);
    tc.users.add(ann);
  }

  private AuthResult login(String email, String password) {
    return tc.core.login().login(new Command(email, password));
  }

  private void assertInvalidCredentials(String email, String password) {
    UnauthenticatedException e =
        thrown(UnauthenticatedException.class, () -> login(email, password));
    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
    assertThat(e.code()).isEqualTo("auth.invalid_credentials");
    assertThat(e.getMessage()).isEqualTo("Invalid credentials");
  }

  @Test
  void rightCredentials_giveTokenAndUser() {
    AuthResult result = login("ann@example.com", PASSWORD);

    assertThat(result.user()).isEqualTo(ann);
    assertThat(result.token().expiresAt()).isAfter(T0);
    assertThat(tc.core.authenticate().authenticate(result.token().token()).id())
        .isEqualTo(ann.id());
  }

  @Test
  void matchesEmail_withoutRegardToCase() {
    assertThat(login("ANN@Example.Com", PASSWORD).user()).isEqualTo(ann);
  }

  @Test
  void refusesWrongPassword() {
    assertInvalidCredentials("ann@example.com", "password2");
  }

  @Test
  void refusesUnknownEmail_likeWrongPassword() {
    assertInvalidCredentials("nobody@example.com", PASSWORD);
  }

  @Test
  void checksOnePassword_forUnknownEmail() {
    int before = tc.passwords.checks();

    thrown(UnauthenticatedException.class, () -> login("nobody@example.com", PASSWORD));

    assertThat(tc.passwords.checks()).isEqualTo(before + 1);
  }

  @Test
  void checksOnePassword_forKnownEmail() {
    int before = tc.passwords.checks();

    thrown(UnauthenticatedException.class, () -> login("ann@example.com", "wrong password"));

    assertThat(tc.passwords.checks()).isEqualTo(before + 1);
  }

  @Test
  void checksOnePassword_forEachUnknownEmailAttempt() {
    thrown(UnauthenticatedException.class, () -> login("nobody@example.com", PASSWORD));
    int before = tc.passwords.checks();

    thrown(UnauthenticatedException.class, () -> login("noone@example.com", PASSWORD));

    assertThat(tc.passwords.checks()).isEqualTo(before + 1);
  }

  @Test
  void refusesMalformedEmail_asInvalidInput() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> login("not-an-email", PASSWORD));

    assertThat(e.errors())
        .containsExactly(new FieldError("email", "must be a valid email address"));
  }

  @Test
  void refusesMissingFields_asInvalidInput() {
    InvalidInputException e = thrown(InvalidInputException.class, () -> login(null, null));

    assertThat(e.errors())
        .containsExactly(
            new FieldError("email", "is required"), new FieldError("password", "is required"));
  }

  @Test
  void deactivatedUser_withRightPassword_isToldTheAccountIsDeactivated() {
    tc.users.replace(ann.withActive(false, T0));

    UnauthenticatedException e =
        thrown(UnauthenticatedException.class, () -> login("ann@example.com", PASSWORD));

    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
    assertThat(e.code()).isEqualTo("auth.account_deactivated");
    assertThat(e.getMessage()).isEqualTo("This account is deactivated");
  }

  @Test
  void deactivatedUser_withWrongPassword_getsInvalidCredentials() {
    tc.users.replace(ann.withActive(false, T0));

    assertInvalidCredentials("ann@example.com", "password2");
  }

  @Test
  void userDeactivatedThroughTheCore_mayNotLogIn_untilReactivated() {
    User boss = Fixtures.user("boss", Role.ADMIN, T0);
    tc.users.add(boss);
    UpdateUserUseCase updateUser = tc.core.updateUser();

    updateUser.update(
        new UpdateUserUseCase.Command(boss.asActor(), "ann@example.com", null, false));
    UnauthenticatedException e =
        thrown(UnauthenticatedException.class, () -> login("ann@example.com", PASSWORD));
    updateUser.update(new UpdateUserUseCase.Command(boss.asActor(), "ann@example.com", null, true));

    assertThat(e.code()).isEqualTo("auth.account_deactivated");
    assertThat(login("ann@example.com", PASSWORD).user().active()).isTrue();
  }
}
