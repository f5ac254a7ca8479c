package io.primetrade.application.port.in;

import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.NotNull;

/** Deletes an account; admins only, never their own. */
public interface DeleteUserUseCase {
  /**
   * @throws NotFoundException when there is no such user
   * @throws ForbiddenException when the actor is not an admin, or is the user
   * @throws ConflictException when tasks the user created remain: deactivate them instead
   */
  void delete(Command command);

  /**
   * @param user the user's id, or their e-mail address
   */
  record Command(@NotNull Actor actor, @NotNull(message = "is required") String user) {}
}
