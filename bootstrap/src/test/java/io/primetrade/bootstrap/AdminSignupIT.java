package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.bootstrap.ApiClient.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operator's demo mode: ALLOW_ADMIN_SIGNUP=true lets anyone register as an admin. */
class AdminSignupIT {
  @RegisterExtension
  static final ServerExtension SERVER =
      ServerExtension.withEnv(Map.of("ALLOW_ADMIN_SIGNUP", "true"));

  @Test
  void anyoneMayRegisterAsAdmin_whenTheOperatorAllowsIt() {
    Response response =
        SERVER
            .client()
            .post(
                "/api/v1/auth/register",
                null,
                ApiClient.json(
                    Map.of(
                        "username", "demo-admin",
                        "email", "demo@example.com",
                        "password", "demo-password",
                        "role", "admin")));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.data().get("user").get("role").asText()).isEqualTo("admin");
  }
}
