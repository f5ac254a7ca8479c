package io.primetrade.application.testing;

import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserFilter;
import io.primetrade.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users in a map: the fake the use-case tests run on, held honest by the contract. */
public final class InMemoryUserRepository implements UserRepository {
  private final Map<UserId, User> users = new LinkedHashMap<>();

  @Override
  public synchronized void add(User user) {
    requireUnique(user);
    users.put(user.id(), user);
  }

  @Override
  public synchronized boolean replace(User user) {
    if (!users.containsKey(user.id())) {
      return false;
    }
    requireUnique(user);
    users.put(user.id(), user);
    return true;
  }

  @Override
  public synchronized boolean remove(UserId id) {
    return users.remove(id) != null;
  }

  @Override
  public synchronized Page<User> find(UserFilter filter, PageRequest page) {
    List<User> matching =
        users.values().stream()
            .filter(u -> filter.role() == null || filter.role() == u.role())
            .filter(u -> filter.active() == null || filter.active() == u.active())
            .sorted(
                Comparator.comparing(User::createdAt).thenComparing(u -> u.id().value().toString()))
            .toList();
    List<User> items = matching.stream().skip(page.offset()).limit(page.limit()).toList();
    return new Page<>(items, page, matching.size());
  }

  private void requireUnique(User user) {
    for (User other : users.values()) {
      if (other.id().equals(user.id())) {
        continue;
      }
      if (other.email().equals(user.email())) {
        throw new ConflictException(EMAIL_TAKEN, "Email is already registered");
      }
      if (other.username().equals(user.username())) {
        throw new ConflictException(USERNAME_TAKEN, "Username is already taken");
      }
    }
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
