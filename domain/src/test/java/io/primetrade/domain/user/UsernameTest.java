package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {
  private static final String ALPHABET =
      "may contain only letters, digits, dots, hyphens and underscores";

  private static void assertRefused(String text, String message) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new Username(text));
    assertThat(e).as("expected a refusal of %s", text).isNotNull();
    assertThat(e.errors()).containsExactly(new FieldError("username", message));
  }

  @Test
  void threeAndThirtyCharacters_areAllowed() {
    assertThat(new Username("abc").value()).isEqualTo("abc");
    assertThat(new Username("a".repeat(30)).value()).hasSize(30);
  }

  @Test
  void refused_whenShorterThan3() {
    assertRefused("ab", "must be 3 to 30 characters");
  }

  @Test
  void refused_whenLongerThan30() {
    assertRefused("a".repeat(31), "must be 3 to 30 characters");
  }

  @Test
  void isStripped_beforeCounting() {
    assertThat(new Username("  ann  ").value()).isEqualTo("ann");
    assertRefused("  ab  ", "must be 3 to 30 characters");
  }

  @Test
  void lettersDigitsDotsHyphensUnderscores_areAllowed() {
    assertThat(new Username("Ann.Lee_2-x").value()).isEqualTo("Ann.Lee_2-x");
  }

  @Test
  void keepsCase() {
    assertThat(new Username("AnnLee")).isNotEqualTo(new Username("annlee"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ann@example.com", "ann@x", "ann lee", "ann!", "anné", "a+b"})
  void refused_outsideTheAlphabet(String text) {
    assertRefused(text, ALPHABET);
  }
}
