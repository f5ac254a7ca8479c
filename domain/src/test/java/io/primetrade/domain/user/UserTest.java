package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final Instant T1 = Instant.parse("2026-11-23T04:05:06.789Z");
  private static final UserId ID = new UserId(new UUID(0, 7));

  private static User ann() {
    return User.register(
        ID, new Username("ann"), new Email("ann@example.com"), "$2a$10$secret", Role.USER, T0);
  }

  @Test
  void registeredUser_isActive_withBothInstantsNow() {
    User ann = ann();

    assertThat(ann.active()).isTrue();
    assertThat(ann.createdAt()).isEqualTo(T0);
    assertThat(ann.updatedAt()).isEqualTo(T0);
  }

  @Test
  void withRole_changesOnlyRoleAndUpdatedAt() {
    User ann = ann();

    User promoted = ann.withRole(Role.ADMIN, T1);

    assertThat(promoted)
        .isEqualTo(
            new User(
                ID, ann.username(), ann.email(), ann.passwordHash(), Role.ADMIN, true, T0, T1));
    assertThat(ann.role()).as("the original stays as it was").isEqualTo(Role.USER);
  }

  @Test
  void withRole_keepsDeactivation() {
    User deactivated = ann().withActive(false, T0);

    assertThat(deactivated.withRole(Role.ADMIN, T1).active()).isFalse();
  }

  @Test
  void withActive_changesOnlyActivationAndUpdatedAt() {
    User ann = ann();

    User deactivated = ann.withActive(false, T1);

    assertThat(deactivated)
        .isEqualTo(
            new User(
                ID, ann.username(), ann.email(), ann.passwordHash(), Role.USER, false, T0, T1));
    assertThat(deactivated.withActive(true, T1).active()).isTrue();
    assertThat(ann.active()).isTrue();
  }

  @Test
  void withPasswordHash_changesOnlyHashAndUpdatedAt() {
    User admin = ann().withRole(Role.ADMIN, T0).withActive(false, T0);

    User reset = admin.withPasswordHash("$2a$10$other", T1);

    assertThat(reset)
        .isEqualTo(
            new User(
                ID, admin.username(), admin.email(), "$2a$10$other", Role.ADMIN, false, T0, T1));
  }

  @Test
  void changes_truncateUpdatedAtToMillis() {
    Instant precise = Instant.parse("2026-11-23T04:05:06.789123456Z");

    assertThat(ann().withRole(Role.ADMIN, precise).updatedAt()).isEqualTo(T1);
    assertThat(ann().withActive(false, precise).updatedAt()).isEqualTo(T1);
    assertThat(ann().withPasswordHash("h", precise).updatedAt()).isEqualTo(T1);
  }

  @Test
  void withPasswordHash_refusesNull() {
    assertThatThrownBy(() -> ann().withPasswordHash(null, T1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("passwordHash");
  }

  @Test
  void withRole_refusesNull() {
    assertThatThrownBy(() -> ann().withRole(null, T1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
  }

  @Test
  void toString_namesUserAndRole_butNotTheHash() {
    String text = ann().toString();

    assertThat(text).isEqualTo("User[id=" + ID + ", username=ann, role=user]");
    assertThat(text).doesNotContain("secret").doesNotContain("deactivated");
  }

  @Test
  void toString_saysDeactivated_forDeactivatedUser() {
    String text = ann().withActive(false, T1).toString();

    assertThat(text).isEqualTo("User[id=" + ID + ", username=ann, role=user, deactivated]");
    assertThat(text).doesNotContain("secret");
  }
}
