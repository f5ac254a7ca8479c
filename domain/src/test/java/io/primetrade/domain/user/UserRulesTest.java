package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.ForbiddenException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserRulesTest {
  private static final Actor ADMIN =
      new Actor(new UserId(new UUID(0, 1)), "boss", "boss@example.com", Role.ADMIN);
  private static final Actor ANN =
      new Actor(new UserId(new UUID(0, 2)), "ann", "ann@example.com", Role.USER);

  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final User ADMIN_ACCOUNT = accountOf(ADMIN);
  private static final User ANN_ACCOUNT = accountOf(ANN);
  private static final User BOB_ACCOUNT =
      accountOf(new Actor(new UserId(new UUID(0, 3)), "bob", "bob@example.com", Role.USER));

  private static User accountOf(Actor actor) {
    return User.register(
        actor.id(),
        new Username(actor.username()),
        new Email(actor.email()),
        "hash",
        actor.role(),
        T0);
  }

  private static ForbiddenException forbidden(Runnable rule) {
    ForbiddenException e = catchThrowableOfType(ForbiddenException.class, rule::run);
    assertThat(e).as("expected ForbiddenException").isNotNull();
    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    return e;
  }

  private static void assertForbidden(Optional<Actor> caller) {
    ForbiddenException e =
        catchThrowableOfType(
            ForbiddenException.class,
            () -> UserRules.requireMayRegisterAs(Role.ADMIN, caller, false));
    assertThat(e).as("expected ForbiddenException").isNotNull();
    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("user.register.admin_forbidden");
  }

  @Test
  void userRoleAllowed_forAnyoneInAnyMode() {
    for (Optional<Actor> caller : List.of(Optional.<Actor>empty(), Optional.of(ANN))) {
      for (boolean adminSignupAllowed : new boolean[] {false, true}) {
        assertThatCode(() -> UserRules.requireMayRegisterAs(Role.USER, caller, adminSignupAllowed))
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void adminRoleRefused_forAnonymousCaller() {
    assertForbidden(Optional.empty());
  }

  @Test
  void adminRoleRefused_forPlainUserCaller() {
    assertForbidden(Optional.of(ANN));
  }

  @Test
  void adminRoleAllowed_forAdminCaller() {
    assertThatCode(() -> UserRules.requireMayRegisterAs(Role.ADMIN, Optional.of(ADMIN), false))
        .doesNotThrowAnyException();
  }

  @Test
  void adminRoleAllowed_whenAdminSignupAllowed() {
    assertThatCode(() -> UserRules.requireMayRegisterAs(Role.ADMIN, Optional.empty(), true))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.requireMayRegisterAs(Role.ADMIN, Optional.of(ANN), true))
        .doesNotThrowAnyException();
  }

  @Test
  void adminsMayManageUsers_theOperatorToo() {
    assertThatCode(() -> UserRules.requireMayManageUsers(ADMIN)).doesNotThrowAnyException();
    assertThatCode(() -> UserRules.requireMayManageUsers(Actor.operator()))
        .doesNotThrowAnyException();
  }

  @Test
  void userMayNotManageUsers() {
    ForbiddenException e = forbidden(() -> UserRules.requireMayManageUsers(ANN));

    assertThat(e.code()).isEqualTo("user.manage.forbidden");
  }

  @Test
  void userMayViewOwnAccount() {
    assertThatCode(() -> UserRules.requireMayView(ANN, ANN_ACCOUNT)).doesNotThrowAnyException();
  }

  @Test
  void adminMayViewAnyAccount() {
    assertThatCode(() -> UserRules.requireMayView(ADMIN, ANN_ACCOUNT)).doesNotThrowAnyException();
    assertThatCode(() -> UserRules.requireMayView(ADMIN, ADMIN_ACCOUNT)).doesNotThrowAnyException();
    assertThatCode(() -> UserRules.requireMayView(Actor.operator(), ANN_ACCOUNT))
        .doesNotThrowAnyException();
  }

  @Test
  void userMayNotViewOthersAccount() {
    ForbiddenException e = forbidden(() -> UserRules.requireMayView(ANN, BOB_ACCOUNT));

    assertThat(e.code()).isEqualTo("user.view.forbidden");
    forbidden(() -> UserRules.requireMayView(ANN, ADMIN_ACCOUNT));
  }

  @Test
  void userMayNotView_anAccountThatOnlySharesTheirUsername() {
    Actor impostor = new Actor(new UserId(new UUID(0, 99)), "ann", "ann@example.com", Role.USER);

    forbidden(() -> UserRules.requireMayView(impostor, ANN_ACCOUNT));
  }

  @Test
  void adminMayChangeOthersRoleAndActivation() {
    assertThatCode(() -> UserRules.requireMayChange(ADMIN, ANN_ACCOUNT, Role.ADMIN, null))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.requireMayChange(ADMIN, ANN_ACCOUNT, Role.USER, false))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.requireMayChange(ADMIN, ANN_ACCOUNT, null, true))
        .doesNotThrowAnyException();
  }

  @Test
  void adminMayDemoteAndDeactivateAnotherAdmin() {
    User otherAdmin =
        accountOf(new Actor(new UserId(new UUID(0, 4)), "chief", "chief@example.com", Role.ADMIN));

    assertThatCode(() -> UserRules.requireMayChange(ADMIN, otherAdmin, Role.USER, false))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> UserRules.requireMayChange(Actor.operator(), ADMIN_ACCOUNT, Role.USER, false))
        .doesNotThrowAnyException();
  }

  @Test
  void adminMayKeepOwnRoleAndActivation() {
    assertThatCode(() -> UserRules.requireMayChange(ADMIN, ADMIN_ACCOUNT, Role.ADMIN, true))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.requireMayChange(ADMIN, ADMIN_ACCOUNT, null, null))
        .doesNotThrowAnyException();
  }

  @Test
  void adminMayNotDemoteThemselves() {
    ForbiddenException e =
        forbidden(() -> UserRules.requireMayChange(ADMIN, ADMIN_ACCOUNT, Role.USER, null));

    assertThat(e.code()).isEqualTo("user.self_lockout");
  }

  @Test
  void adminMayNotDeactivateThemselves() {
    ForbiddenException e =
        forbidden(() -> UserRules.requireMayChange(ADMIN, ADMIN_ACCOUNT, null, false));

    assertThat(e.code()).isEqualTo("user.self_lockout");
  }

  @Test
  void adminMayNotDeactivateThemselves_evenWhileKeepingTheRole() {
    ForbiddenException e =
        forbidden(() -> UserRules.requireMayChange(ADMIN, ADMIN_ACCOUNT, Role.ADMIN, false));

    assertThat(e.code()).isEqualTo("user.self_lockout");
  }

  @Test
  void userMayNotChangeAnyAccount_notEvenPromoteThemselves() {
    ForbiddenException self =
        forbidden(() -> UserRules.requireMayChange(ANN, ANN_ACCOUNT, Role.ADMIN, null));
    ForbiddenException other =
        forbidden(() -> UserRules.requireMayChange(ANN, BOB_ACCOUNT, null, false));

    assertThat(self.code()).isEqualTo("user.manage.forbidden");
    assertThat(other.code()).isEqualTo("user.manage.forbidden");
  }

  @Test
  void adminMayDeleteOthers() {
    assertThatCode(() -> UserRules.requireMayDelete(ADMIN, ANN_ACCOUNT)).doesNotThrowAnyException();
    assertThatCode(() -> UserRules.requireMayDelete(Actor.operator(), ADMIN_ACCOUNT))
        .doesNotThrowAnyException();
  }

  @Test
  void adminMayNotDeleteThemselves() {
    ForbiddenException e = forbidden(() -> UserRules.requireMayDelete(ADMIN, ADMIN_ACCOUNT));

    assertThat(e.code()).isEqualTo("user.self_lockout");
  }

  @Test
  void userMayNotDeleteAnyAccount() {
    assertThat(forbidden(() -> UserRules.requireMayDelete(ANN, BOB_ACCOUNT)).code())
        .isEqualTo("user.manage.forbidden");
    assertThat(forbidden(() -> UserRules.requireMayDelete(ANN, ANN_ACCOUNT)).code())
        .isEqualTo("user.manage.forbidden");
  }
}
