package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.UpdateUserUseCase.Command;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateUserServiceTest {
  private static final Instant LATER = T0.plus(Duration.ofMinutes(5));

  private final TestCore tc = new TestCore();
  private final User boss = Fixtures.user("boss", Role.ADMIN, T0);
  private final User ann = Fixtures.user("ann", Role.USER, T0);
  private final User bob = Fixtures.user("bob", Role.USER, T0);

  @BeforeEach
  void addUsers() {
    tc.users.add(boss);
    tc.users.add(ann);
    tc.users.add(bob);
    tc.clock.advance(Duration.ofMinutes(5));
  }

  private User update(Actor actor, String user, Role role, Boolean active) {
    return tc.core.updateUser().update(new Command(actor, user, role, active));
  }

  private User stored(User user) {
    return tc.users.findById(user.id()).orElseThrow();
  }

  @Test
  void adminPromotesUser_atTheClocksTime() {
    User updated = update(boss.asActor(), ann.id().toString(), Role.ADMIN, null);

    assertThat(updated.role()).isEqualTo(Role.ADMIN);
    assertThat(updated.active()).isTrue();
    assertThat(updated.updatedAt()).isEqualTo(LATER);
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(stored(ann)).isEqualTo(updated);
  }

  @Test
  void adminDemotesAnotherAdmin() {
    User chief = Fixtures.user("chief", Role.ADMIN, T0);
    tc.users.add(chief);

    update(boss.asActor(), chief.id().toString(), Role.USER, null);

    assertThat(stored(chief).role()).isEqualTo(Role.USER);
  }

  @Test
  void adminDeactivatesUser_byEmail_keepingTheRole() {
    User updated = update(boss.asActor(), "ANN@example.com", null, false);

    assertThat(updated.active()).isFalse();
    assertThat(updated.role()).isEqualTo(Role.USER);
    assertThat(stored(ann)).isEqualTo(updated);
    assertThat(stored(ann).passwordHash()).isEqualTo(ann.passwordHash());
  }

  @Test
  void adminReactivatesUser() {
    tc.users.replace(ann.withActive(false, T0));

    User updated = update(boss.asActor(), ann.id().toString(), null, true);

    assertThat(updated.active()).isTrue();
    assertThat(stored(ann).active()).isTrue();
    assertThat(stored(ann).updatedAt()).isEqualTo(LATER);
  }

  @Test
  void changesRoleAndActivation_together() {
    User updated = update(boss.asActor(), ann.id().toString(), Role.ADMIN, false);

    assertThat(stored(ann))
        .isEqualTo(updated)
        .extracting(User::role, User::active)
        .containsExactly(Role.ADMIN, false);
  }

  @Test
  void leavesOtherUsersAlone() {
    update(boss.asActor(), ann.id().toString(), Role.ADMIN, false);

    assertThat(stored(bob)).isEqualTo(bob);
    assertThat(stored(boss)).isEqualTo(boss);
  }

  @Test
  void operatorMayDemoteAndDeactivateAnyAdmin() {
    update(Actor.operator(), boss.id().toString(), Role.USER, false);

    assertThat(stored(boss).role()).isEqualTo(Role.USER);
    assertThat(stored(boss).active()).isFalse();
  }

  @Test
  void adminMayConfirmOwnRoleAndActivation() {
    User updated = update(boss.asActor(), boss.id().toString(), Role.ADMIN, true);

    assertThat(updated.role()).isEqualTo(Role.ADMIN);
    assertThat(updated.active()).isTrue();
  }

  @Test
  void refusesNothingToChange() {
    InvalidInputException e =
        thrown(
            InvalidInputException.class,
            () -> update(boss.asActor(), ann.id().toString(), null, null));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
    assertThat(e.getMessage()).isEqualTo("Nothing to change: give role or active");
    assertThat(e.errors()).isEmpty();
    assertThat(stored(ann)).isEqualTo(ann);
  }

  @Test
  void refusesSelfDemotion() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> update(boss.asActor(), boss.id().toString(), Role.USER, null));

    assertThat(e.code()).isEqualTo("user.self_lockout");
    assertThat(stored(boss)).isEqualTo(boss);
  }

  @Test
  void refusesSelfDeactivation_evenByEmail() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> update(boss.asActor(), "boss@example.com", null, false));

    assertThat(e.code()).isEqualTo("user.self_lockout");
    assertThat(stored(boss).active()).isTrue();
  }

  @Test
  void userMayNotUpdateOthers() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> update(ann.asActor(), bob.id().toString(), null, false));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("user.manage.forbidden");
    assertThat(stored(bob)).isEqualTo(bob);
  }

  @Test
  void userMayNotPromoteThemselves() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> update(ann.asActor(), ann.id().toString(), Role.ADMIN, null));

    assertThat(e.code()).isEqualTo("user.manage.forbidden");
    assertThat(stored(ann).role()).isEqualTo(Role.USER);
  }

  @Test
  void userMayNotUpdate_evenAnUnknownAccount() {
    // Forbidden rather than not found: a user learns nothing about which accounts exist.
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> update(ann.asActor(), "nobody@example.com", Role.ADMIN, null));

    assertThat(e.code()).isEqualTo("user.manage.forbidden");
  }

  @Test
  void unknownUser_isNotFound() {
    NotFoundException e =
        thrown(
            NotFoundException.class,
            () -> update(boss.asActor(), new UUID(42, 42).toString(), Role.ADMIN, null));

    assertThat(e.code()).isEqualTo("user.not_found");
  }

  @Test
  void malformedUser_isInvalidInputOnUser() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> update(boss.asActor(), "42", Role.ADMIN, null));

    assertThat(e.errors()).containsExactly(new FieldError("user", "must be a UUID"));
  }

  @Test
  void missingUser_isRequired() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> update(boss.asActor(), null, Role.ADMIN, null));

    assertThat(e.errors()).containsExactly(new FieldError("user", "is required"));
  }
}
