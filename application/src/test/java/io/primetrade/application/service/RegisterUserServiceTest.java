package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.Core;
import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.RateLimits;
import io.primetrade.application.port.in.RegisterUserUseCase.Command;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {
  private static final String PASSWORD = "correct horse";

  /** Three bytes in UTF-8, one char. */
  private static final String EURO = "\u20ac";

  private final TestCore tc = new TestCore();

  private AuthResult register(Command command) {
    return tc.core.registerUser().register(command);
  }

  private boolean stored(String email) {
    return tc.users.findByEmail(new Email(email)).isPresent();
  }

  @Test
  void registersAsUser_byDefault() {
    AuthResult result = register(Command.user("ann", "ann@example.com", PASSWORD));

    assertThat(result.user().role()).isEqualTo(Role.USER);
    assertThat(result.user().username().value()).isEqualTo("ann");
    assertThat(result.user().createdAt()).isEqualTo(T0);
    assertThat(tc.users.findByEmail(new Email("ann@example.com"))).contains(result.user());
  }

  @Test
  void storesEmailLowerCased() {
    AuthResult result = register(Command.user("ann", "Ann@Example.COM", PASSWORD));

    assertThat(result.user().email().value()).isEqualTo("ann@example.com");
  }

  @Test
  void hashesThePassword() {
    User user = register(Command.user("ann", "ann@example.com", PASSWORD)).user();

    String stored = tc.users.findById(user.id()).orElseThrow().passwordHash();
    assertThat(stored).isNotEqualTo(PASSWORD).doesNotStartWith(PASSWORD);
    assertThat(tc.passwords.matches(PASSWORD, stored)).isTrue();
  }

  @Test
  void returnsTokenThatAuthenticatesAsTheNewUser() {
    AuthResult result = register(Command.user("ann", "ann@example.com", PASSWORD));

    Actor actor = tc.core.authenticate().authenticate(result.token().token());

    assertThat(actor.id()).isEqualTo(result.user().id());
    assertThat(actor.username()).isEqualTo("ann");
    assertThat(actor.role()).isEqualTo(Role.USER);
  }

  @Test
  void refusesAdminRole_forAnonymousCaller() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class,
            () -> register(new Command("ann", "ann@example.com", PASSWORD, Role.ADMIN, null)));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(stored("ann@example.com")).isFalse();
  }

  @Test
  void refusesAdminRole_forPlainUserCaller() {
    User plain = Fixtures.user("plain", Role.USER, T0);
    tc.users.add(plain);

    thrown(
        ForbiddenException.class,
        () ->
            register(new Command("ann", "ann@example.com", PASSWORD, Role.ADMIN, plain.asActor())));

    assertThat(stored("ann@example.com")).isFalse();
  }

  @Test
  void grantsAdminRole_forAdminCaller() {
    User admin = Fixtures.user("boss", Role.ADMIN, T0);
    tc.users.add(admin);

    AuthResult result =
        register(new Command("ann", "ann@example.com", PASSWORD, Role.ADMIN, admin.asActor()));

    assertThat(result.user().role()).isEqualTo(Role.ADMIN);
    assertThat(tc.core.authenticate().authenticate(result.token().token()).isAdmin()).isTrue();
  }

  @Test
  void grantsAdminRole_whenAdminSignupAllowed() {
    TestCore demo =
        new TestCore(
            new Core.Settings(true, Core.Settings.DEFAULT_REFRESH_TTL, RateLimits.DEFAULTS));

    AuthResult result =
        demo.core
            .registerUser()
            .register(new Command("ann", "ann@example.com", PASSWORD, Role.ADMIN, null));

    assertThat(result.user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void refusesTakenEmail_inAnyCase() {
    register(Command.user("ann", "ann@example.com", PASSWORD));

    ConflictException e =
        thrown(
            ConflictException.class,
            () -> register(Command.user("other", "ANN@Example.com", PASSWORD)));

    assertThat(e.code()).isEqualTo("user.email_taken");
    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
  }

  @Test
  void refusesTakenUsername() {
    register(Command.user("ann", "ann@example.com", PASSWORD));

    ConflictException e =
        thrown(
            ConflictException.class,
            () -> register(Command.user("ann", "other@example.com", PASSWORD)));

    assertThat(e.code()).isEqualTo("user.username_taken");
    assertThat(stored("other@example.com")).isFalse();
  }

  @Test
  void listsEveryBadField_inDeclarationOrder() {
    InvalidInputException e =
        thrown(
            InvalidInputException.class,
            () -> register(Command.user("ab", "not-an-email", "short")));

    assertThat(e.errors())
        .containsExactly(
            new FieldError("username", "must be 3 to 30 characters"),
            new FieldError("email", "must be a valid email address"),
            new FieldError("password", "must be 8 to 72 bytes long (UTF-8)"));
    assertThat(e.getMessage())
        .isEqualTo(
            "username must be 3 to 30 characters; email must be a valid email address; "
                + "password must be 8 to 72 bytes long (UTF-8)");
    assertThat(stored("not-an-email@example.com")).isFalse();
  }

  @Test
  void saysRequired_forMissingFields() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> register(Command.user(null, null, null)));

    assertThat(e.errors())
        .containsExactly(
            new FieldError("username", "is required"),
            new FieldError("email", "is required"),
            new FieldError("password", "is required"));
  }

  @Test
  void refusesUsernameOutsideTheAlphabet() {
    InvalidInputException e =
        thrown(
            InvalidInputException.class,
            () -> register(Command.user("ann@home", "ann@example.com", PASSWORD)));

    assertThat(e.errors())
        .containsExactly(
            new FieldError(
                "username", "may contain only letters, digits, dots, hyphens and underscores"));
    assertThat(stored("ann@example.com")).isFalse();
  }

  @Test
  void refuses73BytePassword() {
    String password = EURO.repeat(24) + "a";

    InvalidInputException e =
        thrown(
            InvalidInputException.class,
            () -> register(Command.user("ann", "ann@example.com", password)));

    assertThat(e.errors())
        .containsExactly(new FieldError("password", "must be 8 to 72 bytes long (UTF-8)"));
    assertThat(stored("ann@example.com")).isFalse();
  }

  @Test
  void accepts72BytePassword_ofMultiByteCharacters() {
    String password = EURO.repeat(24);

    AuthResult result = register(Command.user("ann", "ann@example.com", password));

    assertThat(tc.passwords.matches(password, result.user().passwordHash())).isTrue();
  }
}
