package io.primetrade.application.port.in;

import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import jakarta.validation.constraints.NotNull;

/** Changes an account's role or activation; admins only, and never to lock themselves out. */
public interface UpdateUserUseCase {
  /**
   * @throws NotFoundException when there is no such user
   * @throws ForbiddenException when the actor is not an admin, or would lock themselves out
   */
  User update(Command command);

  /**
   * Null fields stay as they are; at least one must be given.
   *
   * @param user the user's id, or their e-mail address
   * @param active false deactivates the account: it can no longer log in, its tokens stop working
   */
  record Command(
      @NotNull Actor actor,
      @NotNull(message = "is required") String user,
      Role role,
      Boolean active) {}
}
