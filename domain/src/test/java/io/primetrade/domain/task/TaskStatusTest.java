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

class TaskStatusTest {
  @Test
  void codesAreTheApiWords() {
    assertThat(TaskStatus.PENDING.code()).isEqualTo("pending");
    assertThat(TaskStatus.IN_PROGRESS.code()).isEqualTo("in-progress");
    assertThat(TaskStatus.COMPLETED.code()).isEqualTo("completed");
  }

  @ParameterizedTest
  @EnumSource(TaskStatus.class)
  void fromCodeRoundTrips(TaskStatus status) {
    assertThat(TaskStatus.fromCode(status.code())).isEqualTo(status);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"in_progress", "IN_PROGRESS", "Pending", "done"})
  void fromCodeRefuses_onFieldStatus(String code) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> TaskStatus.fromCode(code));

    assertThat(e).as("expected a refusal of %s", code).isNotNull();
    assertThat(e.errors())
        .containsExactly(
            new FieldError("status", "must be one of: pending, in-progress, completed"));
  }
}
