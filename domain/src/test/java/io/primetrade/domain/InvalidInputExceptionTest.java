package io.primetrade.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {
  @Test
  void field_namesFieldInMessageAndErrors() {
    InvalidInputException e = InvalidInputException.field("title", "is required");

    assertThat(e.getMessage()).isEqualTo("title is required");
    assertThat(e.errors()).containsExactly(new FieldError("title", "is required"));
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
    assertThat(e.code()).isEqualTo("input.invalid");
  }

  @Test
  void fields_joinsEachFieldAndMessage_inOrder() {
    List<FieldError> errors =
        List.of(
            new FieldError("title", "is required"),
            new FieldError("limit", "must be between 1 and 100"),
            new FieldError("status", "must be one of: pending, in-progress, completed"));

    InvalidInputException e = InvalidInputException.fields(errors);

    assertThat(e.getMessage())
        .isEqualTo(
            "title is required; limit must be between 1 and 100; "
                + "status must be one of: pending, in-progress, completed");
    assertThat(e.errors()).containsExactlyElementsOf(errors);
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
  }

  @Test
  void fields_withOneError_readsLikeField() {
    InvalidInputException e =
        InvalidInputException.fields(List.of(new FieldError("email", "is required")));

    assertThat(e.getMessage()).isEqualTo("email is required");
    assertThat(e.getMessage())
        .isEqualTo(InvalidInputException.field("email", "is required").getMessage());
  }

  @Test
  void fields_refusesEmptyList() {
    assertThatThrownBy(() -> InvalidInputException.fields(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no field errors");
  }

  @Test
  void errors_areACopy_thatCannotBeChanged() {
    List<FieldError> errors = new ArrayList<>(List.of(new FieldError("title", "is required")));
    InvalidInputException e = InvalidInputException.fields(errors);

    errors.add(new FieldError("limit", "is wrong"));

    assertThat(e.errors()).containsExactly(new FieldError("title", "is required"));
    assertThatThrownBy(() -> e.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void wholeInputRefused_hasNoFieldErrors() {
    InvalidInputException e = new InvalidInputException("Nothing to change", List.of());

    assertThat(e.getMessage()).isEqualTo("Nothing to change");
    assertThat(e.errors()).isEmpty();
  }
}
