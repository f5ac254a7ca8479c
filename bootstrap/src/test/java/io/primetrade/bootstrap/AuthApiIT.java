package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.bootstrap.ApiClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthApiIT {
  @RegisterExtension static final ServerExtension SERVER = ServerExtension.withDefaults();

  private final ApiClient api = SERVER.client();

  private Response register(Map<String, Object> body) {
    return api.post("/api/v1/auth/register", null, ApiClient.json(body));
  }

  private Response login(String email, String password) {
    return api.post(
        "/api/v1/auth/login", null, ApiClient.json(Map.of("email", email, "password", password)));
  }

  @Test
  void register_returns201WithTokenAndUser_asRoleUser() {
    Response response =
        register(
            Map.of("username", "alice", "email", "Alice@Example.com", "password", "secret-pw1"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().get("success").asBoolean()).isTrue();
    JsonNode user = response.data().get("user");
    assertThat(response.data().get("token").asText()).contains(".");
    assertThat(user.get("id").asText()).matches("[0-9a-f-]{36}");
    assertThat(user.get("username").asText()).isEqualTo("alice");
    assertThat(user.get("email").asText()).isEqualTo("alice@example.com");
    assertThat(user.get("role").asText()).isEqualTo("user");
    assertThat(response.text()).doesNotContain("secret-pw1").doesNotContain("$2a$");
  }

  @Test
  void register_returns409NamingTheEmail_whenEmailTakenInAnyCase() {
    register(Map.of("username", "bob", "email", "bob@example.com", "password", "secret-pw1"));

    Response response =
        register(Map.of("username", "bob2", "email", "BOB@example.com", "password", "secret-pw1"));

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("success").asBoolean()).isFalse();
    assertThat(response.json().get("message").asText()).containsIgnoringCase("email");
  }

  @Test
  void register_returns409NamingTheUsername_whenUsernameTaken() {
    register(Map.of("username", "carol", "email", "carol@example.com", "password", "secret-pw1"));

    Response response =
        register(
            Map.of("username", "carol", "email", "carol2@example.com", "password", "secret-pw1"));

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("message").asText()).containsIgnoringCase("username");
  }

  @Test
  void register_returns403_forAdminRoleWithoutAdminCaller() {
    Response response =
        register(
            Map.of(
                "username", "mallory",
                "email", "mallory@example.com",
                "password", "secret-pw1",
                "role", "admin"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(login("mallory@example.com", "secret-pw1").status()).isEqualTo(401);
  }

  @Test
  void register_createsAdmin_whenCallerIsAdmin() {
    Response response =
        api.post(
            "/api/v1/auth/register",
            SERVER.adminToken(),
            ApiClient.json(
                Map.of(
                    "username", "second-admin",
                    "email", "second-admin@example.com",
                    "password", "secret-pw1",
                    "role", "admin")));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.data().get("user").get("role").asText()).isEqualTo("admin");
  }

  @Test
  void register_returns400ListingEveryBadField() {
    Response response =
        register(Map.of("username", "x", "email", "not-an-email", "password", "short"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("success").asBoolean()).isFalse();
    List<String> fields = response.json().get("errors").findValuesAsText("field");
    assertThat(fields).contains("username", "email", "password");
    assertThat(response.json().get("errors").get(0).get("message").asText()).isNotBlank();
  }

  @Test
  void register_returns400_forPasswordOver72Bytes() {
    Response response =
        register(
            Map.of(
                "username", "longpw", "email", "longpw@example.com", "password", "é".repeat(37)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
    assertThat(response.json().get("errors").get(0).get("message").asText()).contains("72 bytes");
  }

  @Test
  void register_returns400_forUnknownRole() {
    Response response =
        register(
            Map.of(
                "username", "rolly",
                "email", "rolly@example.com",
                "password", "secret-pw1",
                "role", "superuser"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("role");
  }

  @Test
  void login_returnsTokenRoleAndUser() {
    register(Map.of("username", "dave", "email", "dave@example.com", "password", "secret-pw1"));

    Response response = login("DAVE@example.com", "secret-pw1");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data().get("token").asText()).contains(".");
    assertThat(response.data().get("role").asText()).isEqualTo("user");
    assertThat(response.data().get("user").get("username").asText()).isEqualTo("dave");
  }

  @Test
  void login_returns401InvalidCredentials_forWrongPasswordAndUnknownEmailAlike() {
    register(Map.of("username", "erin", "email", "erin@example.com", "password", "secret-pw1"));

    Response wrongPassword = login("erin@example.com", "wrong-password");
    Response unknownEmail = login("nobody@example.com", "secret-pw1");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownEmail.status()).isEqualTo(401);
    assertThat(wrongPassword.json().get("message").asText()).isEqualTo("Invalid credentials");
    assertThat(unknownEmail.json().get("message").asText()).isEqualTo("Invalid credentials");
  }

  @Test
  void firstAdmin_fromEnvironment_canLogIn() {
    Response response = login(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data().get("role").asText()).isEqualTo("admin");
    assertThat(response.data().get("user").get("username").asText()).isEqualTo("admin");
  }
}
