package io.primetrade.application.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {
  /** Fields declared against the alphabet, so that declaration order is visible. */
  record Sample(
      @NotNull(message = "is required") String zeta,
      @Size(min = 3, message = "must be long") String alpha,
      @Min(value = 1, message = "must be at least {value}") Integer middle) {}

  /** Two constraints that say the same thing about one field. */
  record Twice(
      @Size(min = 5, message = "is wrong") @Pattern(regexp = "[a-z]+", message = "is wrong")
          String word) {}

  /** Two constraints that say different things about one field. */
  record TwoComplaints(
      @Size(min = 5, message = "must be long")
          @Pattern(regexp = "[a-z]+", message = "must be lower")
          String word) {}

  private final CommandValidator validator = TestCore.validator();

  private InvalidInputException refusal(Object command) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> validator.check(command));
    assertThat(e).as("expected InvalidInputException").isNotNull();
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
    return e;
  }

  @Test
  void passesValidCommand() {
    assertThatCode(() -> validator.check(new Sample("z", "abc", 1))).doesNotThrowAnyException();
    assertThatCode(
            () ->
                validator.check(
                    RegisterUserUseCase.Command.user("ann", "ann@example.com", "password1")))
        .doesNotThrowAnyException();
  }

  @Test
  void ordersErrors_byRecordComponentDeclaration() {
    InvalidInputException e = refusal(new Sample(null, "ab", 0));

    assertThat(e.errors())
        .containsExactly(
            new FieldError("zeta", "is required"),
            new FieldError("alpha", "must be long"),
            new FieldError("middle", "must be at least 1"));
  }

  @Test
  void ordersErrors_byDeclaration_whateverSubsetFails() {
    assertThat(refusal(new Sample("z", "ab", 0)).errors())
        .extracting(FieldError::field)
        .containsExactly("alpha", "middle");
    assertThat(refusal(new Sample(null, "abc", 0)).errors())
        .extracting(FieldError::field)
        .containsExactly("zeta", "middle");
  }

  @Test
  void joinsMessage_asFieldAndMessage_separatedBySemicolons() {
    InvalidInputException e = refusal(new Sample(null, "ab", 0));

    assertThat(e.getMessage())
        .isEqualTo("zeta is required; alpha must be long; middle must be at least 1");
  }

  @Test
  void deduplicatesIdenticalErrors() {
    InvalidInputException e = refusal(new Twice("AB"));

    assertThat(e.errors()).containsExactly(new FieldError("word", "is wrong"));
    assertThat(e.getMessage()).isEqualTo("word is wrong");
  }

  @Test
  void keepsDifferentErrorsOnOneField_inAStableOrder() {
    InvalidInputException e = refusal(new TwoComplaints("AB"));

    assertThat(e.errors())
        .containsExactly(
            new FieldError("word", "must be long"), new FieldError("word", "must be lower"));
  }

  @Test
  void oneExceptionListsEveryField_ofARealCommand() {
    InvalidInputException e =
        refusal(RegisterUserUseCase.Command.user("a b", "ann@", "\u20ac".repeat(25)));

    assertThat(e.errors())
        .containsExactly(
            new FieldError(
                "username", "may contain only letters, digits, dots, hyphens and underscores"),
            new FieldError("email", "must be a valid email address"),
            new FieldError("password", "must be 8 to 72 bytes long (UTF-8)"));
  }
}
