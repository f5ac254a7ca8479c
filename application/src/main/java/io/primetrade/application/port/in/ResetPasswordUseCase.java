package io.primetrade.application.port.in;

import io.primetrade.application.validation.ValidPassword;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.NotNull;

/** Sets a new password on an account; admins only (support, or an operator at the admin tool). */
public interface ResetPasswordUseCase {
  /**
   * @throws NotFoundException when there is no such user
   * @throws ForbiddenException when the actor is not an admin
   */
  void reset(Command command);

  /**
   * @param user the user's id, or their e-mail address
   */
  record Command(
      @NotNull Actor actor,
      @NotNull(message = "is required") String user,
      @ValidPassword String password) {

    @Override
    public String toString() {
      return "Command[actor=" + actor + ", user=" + user + ", password=(hidden)]";
    }
  }
}
