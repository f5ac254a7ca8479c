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

  /** Only admins list, read, change and delete other people's accounts. */
  public static void requireMayManageUsers(Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("user.manage.forbidden", "Only admins may manage users");
    }
  }

  /**
   * Before any lookup: a user may only ask for their own account, by id or e-mail address, so that
   * the answer never tells them whether someone else's account exists.
   */
  public static void requireMayLookUp(Actor actor, String reference) {
    if (actor.isAdmin()) {
      return;
    }
    String ref = reference.strip();
    if (!ref.equalsIgnoreCase(actor.id().toString()) && !ref.equalsIgnoreCase(actor.email())) {
      throw viewForbidden();
    }
  }

  private static ForbiddenException viewForbidden() {
    return new ForbiddenException("user.view.forbidden", "You may only view your own account");
  }

  /** Everyone may read their own account; admins may read any. */
  public static void requireMayView(Actor actor, User user) {
    if (!actor.isAdmin() && !actor.id().equals(user.id())) {
      throw viewForbidden();
    }
  }

  /**
   * Admins may change roles and activation, but not lock themselves out: no admin may take away
   * their own admin role or deactivate themselves.
   *
   * @param role the new role, or null to keep it
   * @param active the new activation, or null to keep it
   */
  public static void requireMayChange(Actor actor, User user, Role role, Boolean active) {
    requireMayManageUsers(actor);
    boolean self = actor.id().equals(user.id());
    if (self && (role == Role.USER || Boolean.FALSE.equals(active))) {
      throw new ForbiddenException(
          "user.self_lockout", "You may not remove your own admin role or deactivate yourself");
    }
  }

  /** Admins may delete accounts, but not their own. */
  public static void requireMayDelete(Actor actor, User user) {
    requireMayManageUsers(actor);
    if (actor.id().equals(user.id())) {
      throw new ForbiddenException("user.self_lockout", "You may not delete your own account");
    }
  }
}
