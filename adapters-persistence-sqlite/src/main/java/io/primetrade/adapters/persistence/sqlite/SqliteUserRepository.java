package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.util.Optional;

/** Users in the {@code users} table; uniqueness is the unique indexes' job. */
final class SqliteUserRepository implements UserRepository {
  private final SqliteAccess access;

  SqliteUserRepository(SqliteAccess access) {
    this.access = access;
  }

  @Override
  public void add(User user) {
    UserRow row = UserRow.from(user);
    access.write(UserDao.class, dao -> dao.insert(row));
  }

  @Override
  public Optional<User> findById(UserId id) {
    return access
        .read(UserDao.class, dao -> dao.findById(id.value().toString()))
        .map(UserRow::toDomain);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return access.read(UserDao.class, dao -> dao.findByEmail(email.value())).map(UserRow::toDomain);
  }
}
