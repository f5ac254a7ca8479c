package io.primetrade.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityTest {
  @Test
  void codesAreTheApiWords() {
    assertThat(Priority.LOW.code()).isEqualTo("low");
    assertThat(Priority.MEDIUM.code()).isEqualTo("medium");
    assertThat(Priority.HIGH.code()).isEqualTo("high");
  }

  @Test
  void declarationOrder_isUrgencyOrder() {
    assertThat(Priority.values()).containsExactly(Priority.LOW, Priority.MEDIUM, Priority.HIGH);
  }

  @ParameterizedTest
  @EnumSource(Priority.class)
  void fromCodeRoundTrips(Priority priority) {
    assertThat(Priority.fromCode(priority.code())).isEqualTo(priority);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"HIGH", "urgent", " low"})
  void fromCodeRefuses_onFieldPriority(String code) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Priority.fromCode(code));

    assertThat(e).as("expected a refusal of %s", code).isNotNull();
    assertThat(e.errors())
        .containsExactly(new FieldError("priority", "must be one of: low, medium, high"));
  }
}
