package io.primetrade.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WireTest {
  private static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void instant_isWrittenAsTheFormatterWritesIt() {
    SplittableRandom random = new SplittableRandom(7);
    long min = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
    long max = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    for (int i = 0; i < 100_000; i++) {
      Instant instant = Instant.ofEpochMilli(random.nextLong(min, max + 1));
      assertThat(Wire.instant(instant)).isEqualTo(REFERENCE.format(instant));
    }
  }

  @Test
  void instant_edges() {
    assertThat(Wire.instant(null)).isNull();
    assertThat(Wire.instant(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(Wire.instant(Instant.parse("2026-12-03T09:05:07.012345678Z")))
        .isEqualTo("2026-12-03T09:05:07.012Z");
    assertThat(Wire.instant(Instant.parse("9999-12-31T23:59:59.999Z")))
        .isEqualTo("9999-12-31T23:59:59.999Z");
    assertThat(Wire.instant(Instant.parse("0000-01-01T00:00:00Z")))
        .isEqualTo("0000-01-01T00:00:00.000Z");
    // Out of the hand-written range: the formatter's own answer.
    Instant far = Instant.parse("+10000-01-01T00:00:00Z");
    assertThat(Wire.instant(far)).isEqualTo(REFERENCE.format(far));
    Instant before = Instant.parse("-0001-06-01T12:00:00.500Z");
    assertThat(Wire.instant(before)).isEqualTo(REFERENCE.format(before));
  }
}
