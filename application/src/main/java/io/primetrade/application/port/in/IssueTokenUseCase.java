package io.primetrade.application.port.in;

import io.primetrade.application.port.out.TokenService.IssuedToken;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Actor;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** Issues an access token for a user, for scripts and support; admins only. */
public interface IssueTokenUseCase {
  /** The longest lifetime a token issued this way may have. */
  Duration MAX_TTL = Duration.ofDays(30);

  /**
   * @throws NotFoundException when there is no such user
   * @throws ForbiddenException when the actor is not an admin
   * @throws ConflictException when the account is deactivated
   */
  IssuedToken issue(Command command);

  /**
   * @param user the user's id, or their e-mail address
   * @param ttl how long the token lives, at most {@link #MAX_TTL}; null for the configured default
   */
  record Command(
      @NotNull Actor actor, @NotNull(message = "is required") String user, Duration ttl) {}
}
