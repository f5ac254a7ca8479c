package io.primetrade.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskSortTest {
  @ParameterizedTest
  @CsvSource({
    "createdAt, CREATED_AT, false",
    "-createdAt, CREATED_AT, true",
    "dueDate, DUE_DATE, false",
    "-dueDate, DUE_DATE, true",
    "priority, PRIORITY, false",
    "-priority, PRIORITY, true",
    "title, TITLE, false",
    "-title, TITLE, true"
  })
  void parsesEachKey_withAndWithoutMinus(String text, TaskSort.Key key, boolean descending) {
    assertThat(TaskSort.parse(text)).isEqualTo(new TaskSort(key, descending));
  }

  @ParameterizedTest
  @EnumSource(TaskSort.Key.class)
  void codeRoundTrips(TaskSort.Key key) {
    for (boolean descending : new boolean[] {false, true}) {
      TaskSort sort = new TaskSort(key, descending);
      assertThat(TaskSort.parse(sort.code())).isEqualTo(sort);
    }
  }

  @Test
  void code_writesTheApiForm() {
    assertThat(new TaskSort(TaskSort.Key.DUE_DATE, false).code()).isEqualTo("dueDate");
    assertThat(TaskSort.NEWEST_FIRST.code()).isEqualTo("-createdAt");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-", "--createdAt", "created_at", "CreatedAt", "status", "+title"})
  void refused_onFieldSort(String text) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> TaskSort.parse(text));

    assertThat(e).as("expected a refusal of %s", text).isNotNull();
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("sort");
  }
}
