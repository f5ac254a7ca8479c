package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.EnsureAdminUseCase.Command;
import io.primetrade.application.port.in.EnsureAdminUseCase.Outcome;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import org.junit.jupiter.api.Test;

class EnsureAdminServiceTest {
  private static final String PASSWORD = "admin password";

  private final TestCore tc = new TestCore();

  private Outcome ensure(Command command) {
    return tc.core.ensureAdmin().ensureAdmin(command);
  }

  private User stored(String email) {
    return tc.users.findByEmail(new Email(email)).orElseThrow();
  }

  @Test
  void createsAdmin_whenEmailUnknown() {
    Outcome outcome = ensure(new Command("root", "root@example.com", PASSWORD));

    assertThat(outcome).isEqualTo(Outcome.CREATED);
    User admin = stored("root@example.com");
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.username().value()).isEqualTo("root");
    assertThat(admin.createdAt()).isEqualTo(T0);
    assertThat(admin.passwordHash()).isNotEqualTo(PASSWORD);
    assertThat(tc.passwords.matches(PASSWORD, admin.passwordHash())).isTrue();
  }

  @Test
  void createdAdmin_canLogIn() {
    ensure(new Command("root", "root@example.com", PASSWORD));

    AuthResult result =
        tc.core.login().login(new LoginUseCase.Command("root@example.com", PASSWORD));

    assertThat(result.user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void secondCall_findsAdmin_andAddsNoUser() {
    ensure(new Command("root", "root@example.com", PASSWORD));
    User first = stored("root@example.com");

    Outcome outcome = ensure(new Command("root2", "ROOT@example.com", "another password"));

    assertThat(outcome).isEqualTo(Outcome.ALREADY_ADMIN);
    assertThat(stored("root@example.com")).isEqualTo(first);
    // Had a second account been stored, its username would now be taken.
    assertThatCode(() -> tc.users.add(Fixtures.user("root2", Role.USER, T0)))
        .doesNotThrowAnyException();
  }

  @Test
  void existingPlainUser_isReported_andKeepsItsRole() {
    User plain = Fixtures.user("root", Role.USER, T0);
    tc.users.add(plain);

    Outcome outcome = ensure(new Command("root", "root@example.com", PASSWORD));

    assertThat(outcome).isEqualTo(Outcome.EXISTS_WITHOUT_ADMIN_ROLE);
    assertThat(stored("root@example.com")).isEqualTo(plain);
    assertThat(stored("root@example.com").role()).isEqualTo(Role.USER);
  }

  @Test
  void refusesInvalidPassword_andStoresNothing() {
    InvalidInputException e =
        thrown(
            InvalidInputException.class,
            () -> ensure(new Command("root", "root@example.com", "short")));

    assertThat(e.errors())
        .containsExactly(new FieldError("password", "must be 8 to 72 bytes long (UTF-8)"));
    assertThat(tc.users.findByEmail(new Email("root@example.com"))).isEmpty();
  }

  @Test
  void refusesInvalidFields_inDeclarationOrder() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> ensure(new Command(null, "root", null)));

    assertThat(e.errors())
        .containsExactly(
            new FieldError("username", "is required"),
            new FieldError("email", "must be a valid email address"),
            new FieldError("password", "is required"));
  }

  @Test
  void refusesUsernameTakenByAnotherAddress() {
    tc.users.add(Fixtures.user("root", Role.USER, T0));

    ConflictException e =
        thrown(
            ConflictException.class,
            () -> ensure(new Command("root", "admin@example.com", PASSWORD)));

    assertThat(e.code()).isEqualTo("user.username_taken");
    assertThat(tc.users.findByEmail(new Email("admin@example.com"))).isEmpty();
  }
}
