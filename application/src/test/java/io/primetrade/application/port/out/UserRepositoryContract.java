package io.primetrade.application.port.out;

import static io.primetrade.application.testing.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.domain.ConflictException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
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
            T0,
            T0);

    users().add(capital);

    assertThat(users().findById(capital.id())).contains(capital);
  }
}
