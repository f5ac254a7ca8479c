package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {
  @Test
  void isLowerCasedAndStripped() {
    assertThat(new Email("  Ann.Lee@Example.COM \t").value()).isEqualTo("ann.lee@example.com");
  }

  @Test
  void addressesDifferingInCase_areEqual() {
    assertThat(new Email("ANN@example.com")).isEqualTo(new Email("ann@EXAMPLE.com"));
  }

  @Test
  void matches_ignoringCaseAndSpaces() {
    Email email = new Email("ann@example.com");

    assertThat(email.matches(" Ann@Example.com ")).isTrue();
    assertThat(email.matches("bob@example.com")).isFalse();
    assertThat(email.matches(null)).isFalse();
  }

  @Test
  void addressOf254Characters_isAllowed() {
    String address = "a".repeat(254 - "@example.com".length()) + "@example.com";

    assertThat(new Email(address).value()).hasSize(254);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "ann", "ann@", "@example.com", "ann@example", "a b@example.com", "a@b@c.com"})
  void refused_onFieldEmail(String text) {
    assertRefused(text);
  }

  @Test
  void refused_whenLongerThan254() {
    assertRefused("a".repeat(255 - "@example.com".length()) + "@example.com");
  }

  private static void assertRefused(String text) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new Email(text));
    assertThat(e).as("expected a refusal of %s", text).isNotNull();
    assertThat(e.errors())
        .containsExactly(new FieldError("email", "must be a valid email address"));
  }
}
