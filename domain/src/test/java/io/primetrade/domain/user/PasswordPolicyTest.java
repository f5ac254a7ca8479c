package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  /** Three bytes in UTF-8, one char. */
  private static final String EURO = "\u20ac";

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void eightAsciiCharacters_areAllowed() {
    assertThat(PasswordPolicy.allows("abcdefgh")).isTrue();
  }

  @Test
  void sevenAsciiCharacters_areRefused() {
    assertThat(PasswordPolicy.allows("abcdefg")).isFalse();
  }

  @Test
  void seventyTwoAsciiCharacters_areAllowed_seventyThreeRefused() {
    assertThat(PasswordPolicy.allows("a".repeat(72))).isTrue();
    assertThat(PasswordPolicy.allows("a".repeat(73))).isFalse();
  }

  @Test
  void seventyTwoBytesOfMultiByteCharacters_areAllowed() {
    String password = EURO.repeat(24);
    assertThat(bytes(password)).isEqualTo(72);

    assertThat(PasswordPolicy.allows(password)).isTrue();
  }

  @Test
  void seventyThreeBytes_areRefused_thoughOnly25Characters() {
    String password = EURO.repeat(24) + "a";
    assertThat(password).hasSize(25);
    assertThat(bytes(password)).isEqualTo(73);

    assertThat(PasswordPolicy.allows(password)).isFalse();
  }

  @Test
  void countsBytesNotCharacters_atTheLowerBound() {
    // Three characters but nine bytes.
    assertThat(PasswordPolicy.allows(EURO.repeat(3))).isTrue();
  }

  @Test
  void nullIsRefused() {
    assertThat(PasswordPolicy.allows(null)).isFalse();
  }

  @Test
  void require_refusesOnFieldPassword() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> PasswordPolicy.require("short"));

    assertThat(e).isNotNull();
    assertThat(e.errors())
        .containsExactly(new FieldError("password", "must be 8 to 72 bytes long (UTF-8)"));
  }

  @Test
  void require_passesAllowedPassword() {
    assertThatCode(() -> PasswordPolicy.require("long enough")).doesNotThrowAnyException();
  }
}
