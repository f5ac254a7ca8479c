package io.primetrade.application.port.out;

import static io.primetrade.application.testing.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.domain.ConflictException;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserFilter;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} does. Subclasses hand over an empty repository; the fake and
 * each real adapter run the same tests, so they cannot drift apart.
 */
public abstract class UserRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  /** An empty repository, new for each test. */
  protected abstract UserRepository users();

  @Test
  void findsAddedUserById_withEveryField() {
    User ann = user("ann", Role.ADMIN, T0);
    users().add(ann);

    assertThat(users().findById(ann.id())).contains(ann);
  }

  @Test
  void findsUserByEmail_ignoringCase() {
    User ann = user("ann", Role.USER, T0);
    users().add(ann);

    assertThat(users().findByEmail(new Email("ANN@Example.COM"))).contains(ann);
  }

  @Test
  void findsNothing_forUnknownIdOrEmail() {
    users().add(user("ann", Role.USER, T0));

    assertThat(users().findById(new UserId(UUID.randomUUID()))).isEmpty();
    assertThat(users().findByEmail(new Email("bob@example.com"))).isEmpty();
  }

  @Test
  void refusesSecondUserWithSameEmail_namingTheEmail() {
    users().add(user("ann", Role.USER, T0));
    User sameEmail =
        new User(
            new UserId(UUID.randomUUID()),
            new Username("ann2"),
            new Email("Ann@example.com"),
            "insecure:x",
            Role.USER,
            true,
            T0,
            T0);

    assertThatThrownBy(() -> users().add(sameEmail))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(UserRepository.EMAIL_TAKEN));
    assertThat(users().findById(sameEmail.id())).isEmpty();
  }

  @Test
  void refusesSecondUserWithSameUsername_namingTheUsername() {
    users().add(user("ann", Role.USER, T0));
    User sameName =
        new User(
            new UserId(UUID.randomUUID()),
            new Username("ann"),
            new Email("other@example.com"),
            "insecure:x",
            Role.USER,
            true,
            T0,
            T0);

    assertThatThrownBy(() -> users().add(sameName))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(UserRepository.USERNAME_TAKEN));
    assertThat(users().findById(sameName.id())).isEmpty();
  }

  @Test
  void keepsUsernamesThatDifferOnlyInCase_apart() {
    users().add(user("ann", Role.USER, T0));
    User capital =
        new User(
            new UserId(UUID.randomUUID()),
            new Username("Ann"),
            new Email("capital@example.com"),
            "insecure:x",
            Role.USER,
            true,
            T0,
            T0);

    users().add(capital);

    assertThat(users().findById(capital.id())).contains(capital);
  }

  @Test
  void replaceStoresTheNewState() {
    User ann = user("ann", Role.USER, T0);
    users().add(ann);
    User changed =
        ann.withRole(Role.ADMIN, T0.plusSeconds(1))
            .withActive(false, T0.plusSeconds(2))
            .withPasswordHash("insecure:new", T0.plusSeconds(3));

    assertThat(users().replace(changed)).isTrue();
    assertThat(users().findById(ann.id())).contains(changed);
    assertThat(users().findByEmail(ann.email())).contains(changed);
  }

  @Test
  void replaceReturnsFalse_forUnknownUser() {
    User ghost = user("ghost", Role.USER, T0);

    assertThat(users().replace(ghost)).isFalse();
    assertThat(users().findById(ghost.id())).isEmpty();
  }

  @Test
  void removeDeletesTheUser_andReturnsFalseTheSecondTime() {
    User ann = user("ann", Role.USER, T0);
    users().add(ann);

    assertThat(users().remove(ann.id())).isTrue();
    assertThat(users().findById(ann.id())).isEmpty();
    assertThat(users().findByEmail(ann.email())).isEmpty();
    assertThat(users().remove(ann.id())).isFalse();
  }

  @Test
  void findPagesOldestFirst_withRoleAndActiveFilters() {
    User first = user("first", Role.ADMIN, T0);
    User second = user("second", Role.USER, T0.plusSeconds(1));
    User third = user("third", Role.USER, T0.plusSeconds(2));
    users().add(third);
    users().add(first);
    users().add(second);
    users().replace(third.withActive(false, T0.plusSeconds(3)));

    Page<User> all = users().find(UserFilter.ALL, new PageRequest(1, 2));
    Page<User> rest = users().find(UserFilter.ALL, new PageRequest(2, 2));
    Page<User> activeUsers = users().find(new UserFilter(Role.USER, true), new PageRequest(1, 20));
    Page<User> inactive = users().find(new UserFilter(null, false), new PageRequest(1, 20));

    assertThat(all.items())
        .extracting(User::username)
        .containsExactly(first.username(), second.username());
    assertThat(all.total()).isEqualTo(3);
    assertThat(rest.items()).extracting(User::username).containsExactly(third.username());
    assertThat(activeUsers.items()).extracting(User::username).containsExactly(second.username());
    assertThat(inactive.items()).extracting(User::username).containsExactly(third.username());
    assertThat(inactive.items().get(0).active()).isFalse();
  }
}
