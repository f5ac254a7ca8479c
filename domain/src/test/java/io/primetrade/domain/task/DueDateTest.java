package io.primetrade.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DueDateTest {
  @Test
  void dateOnly_meansMidnightUtc() {
    assertThat(DueDate.parse("2026-12-01").value())
        .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void dateTimeWithZ() {
    assertThat(DueDate.parse("2026-12-01T17:30:00Z").value())
        .isEqualTo(Instant.parse("2026-12-01T17:30:00Z"));
  }

  @Test
  void dateTimeWithOffset_isConvertedToUtc() {
    assertThat(DueDate.parse("2026-12-01T17:00:00+01:00").value())
        .isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
    assertThat(DueDate.parse("2026-12-01T17:00:00-05:00").value())
        .isEqualTo(Instant.parse("2026-12-01T22:00:00Z"));
  }

  @Test
  void dateTimeWithoutOffset_meansUtc() {
    assertThat(DueDate.parse("2026-12-01T17:00:00").value())
        .isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
  }

  @Test
  void surroundingSpaces_areIgnored() {
    assertThat(DueDate.parse(" 2026-12-01 ").value())
        .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void parsedDateTime_isTruncatedToMillis() {
    assertThat(DueDate.parse("2026-12-01T17:00:00.123456789Z").value())
        .isEqualTo(Instant.parse("2026-12-01T17:00:00.123Z"));
  }

  @Test
  void constructor_truncatesToMillis() {
    assertThat(new DueDate(Instant.parse("2026-12-01T17:00:00.999999Z")).value())
        .isEqualTo(Instant.parse("2026-12-01T17:00:00.999Z"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"tomorrow", "2026-02-30", "2026-13-01", "01/12/2026", "   "})
  void refused_onFieldDueDate(String text) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> DueDate.parse(text));

    assertThat(e).as("expected a refusal of %s", text).isNotNull();
    assertThat(e.errors())
        .containsExactly(new FieldError("dueDate", "must be an ISO-8601 date or date-time"));
  }
}
