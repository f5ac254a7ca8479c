package io.primetrade.application.testing;

import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Users in a map: the fake the use-case tests run on, held honest by the contract. */
public final class InMemoryUserRepository implements UserRepository {
  private final Map<UserId, User> users = new LinkedHashMap<>();

  @Override
  public synchronized void add(User user) {
    for (User other : users.values()) {
      if (other.email().equals(user.email())) {
        throw new ConflictException(EMAIL_TAKEN, "Email is already registered");
      }
      if (other.username().equals(user.username())) {
        throw new ConflictException(USERNAME_TAKEN, "Username is already taken");
      }
    }
    users.put(user.id(), user);
  }

  @Override
  public synchronized Optional<User> findById(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public synchronized Optional<User> findByEmail(Email email) {
    return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
  }
}
