package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.ForbiddenException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserRulesTest {
  private static final Actor ADMIN =
      new Actor(new UserId(new UUID(0, 1)), "boss", "boss@example.com", Role.ADMIN);
  private static final Actor ANN =
      new Actor(new UserId(new UUID(0, 2)), "ann", "ann@example.com", Role.USER);

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
}
