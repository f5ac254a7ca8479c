package io.primetrade.domain.task;

import static java.time.temporal.ChronoUnit.MILLIS;

import io.primetrade.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When a task is due, as an instant with millisecond precision.
 *
 * <p>Written as an ISO-8601 date ({@code 2026-12-01}, meaning its start in UTC, as JavaScript reads
 * it) or date-time ({@code 2026-12-01T17:00:00+01:00}; without an offset it is UTC).
 */
public record DueDate(Instant value) {
  public DueDate {
    value = Objects.requireNonNull(value, "value").truncatedTo(MILLIS);
  }

  /** Reads the ISO-8601 text; anything else is refused as input of field {@code dueDate}. */
  public static DueDate parse(String text) {
    if (text == null) {
      throw invalid();
    }
    String iso = text.strip();
    try {
      if (iso.length() == 10) {
        return new DueDate(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:\\d{2}$")) {
        return new DueDate(OffsetDateTime.parse(iso).toInstant());
      }
      return new DueDate(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw invalid();
    }
  }

  private static InvalidInputException invalid() {
    return InvalidInputException.field("dueDate", "must be an ISO-8601 date or date-time");
  }
}
