package io.primetrade.application.port.in;

import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Pages through the accounts; admins only. */
public interface ListUsersUseCase {
  /**
   * @throws ForbiddenException when the actor is not an admin
   */
  Page<User> list(Query query);

  /** Null fields take their defaults: page 1, 20 per page, every role, active or not. */
  record Query(
      @NotNull Actor actor,
      @Min(value = 1, message = "must be at least {value}") Integer page,
      @Min(value = 1, message = "must be between 1 and " + PageRequest.MAX_LIMIT)
          @Max(value = PageRequest.MAX_LIMIT, message = "must be between 1 and {value}")
          Integer limit,
      Role role,
      Boolean active) {

    public PageRequest pageRequest() {
      return new PageRequest(
          page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }

    public UserFilter filter() {
      return new UserFilter(role, active);
    }
  }
}
