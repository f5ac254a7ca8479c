package io.primetrade.domain.user;

import io.primetrade.domain.ForbiddenException;
import java.util.Optional;

/** Who may create which accounts. Pure functions: no I/O, no clock. */
public final class UserRules {
  private UserRules() {}

  /**
   * Anyone may register as a user. Registering as an admin takes an admin caller, unless the
   * operator has allowed admin sign-up (a demo mode).
   */
  public static void requireMayRegisterAs(
      Role requested, Optional<Actor> caller, boolean adminSignupAllowed) {
    if (requested == Role.ADMIN
        && !adminSignupAllowed
        && !caller.map(Actor::isAdmin).orElse(false)) {
      throw new ForbiddenException(
          "user.register.admin_forbidden", "Only an admin may create another admin account");
    }
  }
}
