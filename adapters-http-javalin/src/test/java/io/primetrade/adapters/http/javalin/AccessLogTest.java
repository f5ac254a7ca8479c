package io.primetrade.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccessLogTest {
  @Test
  void tenths_writesDurationsAsTheFormatterWould() {
    for (float millis :
        new float[] {0f, 0.04f, 0.05f, 0.96f, 1f, 1.25f, 9.99f, 12.3456f, 999.95f, 61_234.5f}) {
      assertThat(AccessLog.tenths(millis))
          .as("%s ms", millis)
          .isEqualTo(String.format(Locale.ROOT, "%.1f", (double) Math.round(millis * 10.0) / 10));
    }
    assertThat(AccessLog.tenths(12.34f)).isEqualTo("12.3");
    assertThat(AccessLog.tenths(0.96f)).isEqualTo("1.0");
    assertThat(AccessLog.tenths(7f)).isEqualTo("7.0");
  }
}
