package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.port.in.ResetPasswordUseCase.Command;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.PasswordPolicy;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResetPasswordServiceTest {
  private static final String NEW_PASSWORD = "correct horse";

  private final TestCore tc = new TestCore();
  private final User boss = Fixtures.user("boss", Role.ADMIN, T0);
  private final User ann = Fixtures.user("ann", Role.USER, T0);

  @BeforeEach
  void addUsers() {
    tc.users.add(boss);
    tc.users.add(ann);
  }

  private void reset(Actor actor, String user, String password) {
    tc.core.resetPassword().reset(new Command(actor, user, password));
  }

  private AuthResult login(String email, String password) {
    return tc.core.login().login(new LoginUseCase.Command(email, password));
  }

  private User stored(User user) {
    return tc.users.findById(user.id()).orElseThrow();
  }

  private void assertPasswordRefused(String password) {
    InvalidInputException e =
        thrown(
            InvalidInputException.class,
            () -> reset(boss.asActor(), ann.id().toString(), password));

    assertThat(e.errors()).containsExactly(new FieldError("password", PasswordPolicy.MESSAGE));
    assertThat(stored(ann)).isEqualTo(ann);
  }

  @Test
  void adminResets_andOnlyTheNewPasswordLogsIn() {
    reset(boss.asActor(), ann.id().toString(), NEW_PASSWORD);

    assertThat(login("ann@example.com", NEW_PASSWORD).user().id()).isEqualTo(ann.id());
    UnauthenticatedException e =
        thrown(UnauthenticatedException.class, () -> login("ann@example.com", Fixtures.PASSWORD));
    assertThat(e.code()).isEqualTo("auth.invalid_credentials");
  }

  @Test
  void storesTheNewHash_atTheClocksTime_keepingTheRest() {
    tc.clock.advance(Duration.ofMinutes(5));

    reset(boss.asActor(), "Ann@Example.com", NEW_PASSWORD);

    User after = stored(ann);
    assertThat(after.passwordHash()).isEqualTo(tc.passwords.hash(NEW_PASSWORD));
    assertThat(after.passwordHash()).isNotEqualTo(ann.passwordHash());
    assertThat(after.updatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(after)
        .extracting(User::username, User::email, User::role, User::active, User::createdAt)
        .containsExactly(ann.username(), ann.email(), Role.USER, true, T0);
  }

  @Test
  void operatorMayReset() {
    reset(Actor.operator(), boss.id().toString(), NEW_PASSWORD);

    assertThat(login("boss@example.com", NEW_PASSWORD).user().id()).isEqualTo(boss.id());
  }

  @Test
  void acceptsPasswordsOf8And72Bytes() {
    reset(boss.asActor(), ann.id().toString(), "12345678");
    assertThat(login("ann@example.com", "12345678").user().id()).isEqualTo(ann.id());

    String bytes72 = "é".repeat(36);
    reset(boss.asActor(), ann.id().toString(), bytes72);
    assertThat(login("ann@example.com", bytes72).user().id()).isEqualTo(ann.id());
  }

  @Test
  void refusesPasswordOf7Bytes() {
    assertPasswordRefused("1234567");
  }

  @Test
  void refusesPasswordOf73Bytes() {
    assertPasswordRefused("a".repeat(73));
  }

  @Test
  void refusesPasswordOver72Bytes_thoughUnder72Characters() {
    assertPasswordRefused("é".repeat(37));
  }

  @Test
  void refusesMissingPassword() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> reset(boss.asActor(), ann.id().toString(), null));

    assertThat(e.errors()).containsExactly(new FieldError("password", "is required"));
  }

  @Test
  void userMayNotReset_evenOwnPassword() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> reset(ann.asActor(), ann.id().toString(), NEW_PASSWORD));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("user.manage.forbidden");
    assertThat(stored(ann)).isEqualTo(ann);
    assertThat(login("ann@example.com", Fixtures.PASSWORD).user().id()).isEqualTo(ann.id());
  }

  @Test
  void userMayNotReset_othersPassword() {
    thrown(
        ForbiddenException.class, () -> reset(ann.asActor(), boss.id().toString(), NEW_PASSWORD));

    assertThat(stored(boss)).isEqualTo(boss);
  }

  @Test
  void unknownUser_isNotFound() {
    NotFoundException e =
        thrown(
            NotFoundException.class,
            () -> reset(boss.asActor(), new UUID(42, 42).toString(), NEW_PASSWORD));

    assertThat(e.code()).isEqualTo("user.not_found");
  }

  @Test
  void commandHidesThePassword_whenPrinted() {
    Command command = new Command(boss.asActor(), "ann@example.com", NEW_PASSWORD);

    assertThat(command.toString()).doesNotContain(NEW_PASSWORD).contains("ann@example.com");
  }
}
