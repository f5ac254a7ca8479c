package io.primetrade.application.port.in;

import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.User;
import jakarta.validation.constraints.NotNull;

/** Reads one account: your own, or anyone's for admins. */
public interface GetUserUseCase {
  /** The code of the {@link NotFoundException} for an account that does not exist. */
  String USER_NOT_FOUND = "user.not_found";

  /**
   * @throws NotFoundException when there is no such user
   * @throws ForbiddenException when a user asks for someone else's account
   */
  User get(Query query);

  /**
   * @param user the user's id, or their e-mail address
   */
  record Query(@NotNull Actor actor, @NotNull(message = "is required") String user) {}
}
