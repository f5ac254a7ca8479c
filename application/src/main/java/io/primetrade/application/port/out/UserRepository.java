package io.primetrade.application.port.out;

import io.primetrade.domain.ConflictException;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserFilter;
import io.primetrade.domain.user.UserId;
import java.util.Optional;

/**
 * Where users are kept. Implementations are thread-safe and throw {@link UnavailableException} when
 * their store cannot be reached.
 */
public interface UserRepository {
  /** The code of the {@link ConflictException} for an e-mail address that is taken. */
  String EMAIL_TAKEN = "user.email_taken";

  /** The code of the {@link ConflictException} for a username that is taken. */
  String USERNAME_TAKEN = "user.username_taken";

  /** The code of the {@link ConflictException} for deleting a user whose tasks remain. */
  String HAS_TASKS = "user.has_tasks";

  /**
   * Stores a new user.
   *
   * @throws ConflictException with code {@link #EMAIL_TAKEN} or {@link #USERNAME_TAKEN} when
   *     another user has that e-mail address (in any case) or that username
   */
  void add(User user);

  /** The user with this id, or empty. */
  Optional<User> findById(UserId id);

  /** The user with this e-mail address (compared without regard to case), or empty. */
  Optional<User> findByEmail(Email email);

  /**
   * Stores the new state of an existing user; the last write wins.
   *
   * @return false when there is no such user: nothing was written
   * @throws ConflictException as {@link #add} does, when the change takes another user's e-mail
   *     address or username
   */
  boolean replace(User user);

  /**
   * Removes a user.
   *
   * @return false when there is no such user
   * @throws ConflictException with code {@link #HAS_TASKS} when tasks they created remain (an
   *     implementation without tasks of its own never throws it)
   */
  boolean remove(UserId id);

  /** One page of the users that match, oldest account first, ties broken by id. */
  Page<User> find(UserFilter filter, PageRequest page);
}
