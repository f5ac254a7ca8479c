package io.primetrade.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.CheckHealthUseCase.Health;
import io.primetrade.application.port.out.HealthCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckHealthServiceTest {
  private static HealthCheck check(String component, boolean up) {
    return new HealthCheck() {
      @Override
      public String component() {
        return component;
      }

      @Override
      public boolean isUp() {
        return up;
      }
    };
  }

  @Test
  void up_whenAllChecksAreUp() {
    Health health =
        new CheckHealthService(List.of(check("database", true), check("cache", true))).check();

    assertThat(health.isUp()).isTrue();
  }

  @Test
  void down_whenOneCheckIsDown() {
    Health health =
        new CheckHealthService(
                List.of(check("database", true), check("cache", false), check("disk", true)))
            .check();

    assertThat(health.isUp()).isFalse();
  }

  @Test
  void reportsComponentsByName_inAlphabeticalOrder() {
    Health health =
        new CheckHealthService(List.of(check("database", true), check("cache", false))).check();

    assertThat(health.components()).isEqualTo(Map.of("cache", false, "database", true));
    assertThat(health.components().keySet()).containsExactly("cache", "database");
  }

  @Test
  void asksTheChecksAtEachCall() {
    boolean[] up = {true};
    HealthCheck flapping =
        new HealthCheck() {
          @Override
          public String component() {
            return "database";
          }

          @Override
          public boolean isUp() {
            return up[0];
          }
        };
    CheckHealthService service = new CheckHealthService(List.of(flapping));

    assertThat(service.check().isUp()).isTrue();
    up[0] = false;
    assertThat(service.check().isUp()).isFalse();
    assertThat(service.check().components()).containsEntry("database", false);
  }
}
