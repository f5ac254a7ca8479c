package io.primetrade.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUuidTest {
  private static final String CANONICAL = "123e4567-e89b-42d3-a456-426614174000";

  @Test
  void parsesCanonicalForm() {
    assertThat(CanonicalUuid.parse(CANONICAL, "id")).isEqualTo(UUID.fromString(CANONICAL));
  }

  @Test
  void acceptsUpperCase() {
    assertThat(CanonicalUuid.parse(CANONICAL.toUpperCase(), "id"))
        .isEqualTo(UUID.fromString(CANONICAL));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "1-1-1-1-1",
        "123e4567e89b42d3a456426614174000",
        "{123e4567-e89b-42d3-a456-426614174000}",
        " 123e4567-e89b-42d3-a456-426614174000",
        "123e4567-e89b-42d3-a456-42661417400g",
        "123e4567-e89b-42d3-a456-4266141740000"
      })
  void refusesOtherForms_namingTheField(String text) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> CanonicalUuid.parse(text, "taskId"));

    assertThat(e).as("expected a refusal of %s", text).isNotNull();
    assertThat(e.errors()).containsExactly(new FieldError("taskId", "must be a UUID"));
  }

  @Test
  void idsParseStrictly_withTheirField() {
    assertThat(TaskId.parse(CANONICAL, "id").value()).isEqualTo(UUID.fromString(CANONICAL));
    assertThat(UserId.parse(CANONICAL, "id").toString()).isEqualTo(CANONICAL);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> TaskId.parse("1-1-1-1-1", "id"));
    assertThat(e).isNotNull();
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("id");
  }
}
