package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserFilter;
import io.primetrade.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Users in the {@code users} table; uniqueness is the unique indexes' job, and the foreign key from
 * {@code tasks.created_by} keeps a user who created tasks from being removed. Removing a user
 * removes their refresh tokens too: that foreign key cascades.
 */
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
        .readHandle(
            handle ->
                handle
                    .createQuery(UserDao.FIND_BY_ID)
                    .bind("id", id.value().toString())
                    .map(UserRow.MAPPER)
                    .findOne())
        .map(UserRow::toDomain);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return access.read(UserDao.class, dao -> dao.findByEmail(email.value())).map(UserRow::toDomain);
  }

  @Override
  public boolean replace(User user) {
    UserRow row = UserRow.from(user);
    return access.write(UserDao.class, dao -> dao.update(row)) == 1;
  }

  /**
   * Deletes the row and lets the foreign key decide: checking for tasks first and deleting after
   * would leave a gap in which another process adds a task for the user.
   */
  @Override
  public boolean remove(UserId id) {
    String userId = id.value().toString();
    try {
      return access.write(UserDao.class, dao -> dao.delete(userId)) == 1;
    } catch (RuntimeException e) {
      throw SqliteErrors.translateUserRemoval(e);
    }
  }

  /** The page and the total from one snapshot, so that they agree. */
  @Override
  public Page<User> find(UserFilter filter, PageRequest page) {
    String role = filter.role() == null ? null : filter.role().code();
    Boolean active = filter.active();
    Page<UserRow> rows =
        access.snapshot(
            UserDao.class,
            dao -> {
              List<UserRow> found = dao.page(role, active, page.limit(), page.offset());
              return new Page<>(found, page, dao.count(role, active));
            });
    return rows.map(UserRow::toDomain);
  }
}
