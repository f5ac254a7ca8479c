package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Refresh tokens and logout, end to end over a socket. */
class SessionsIT {
  @RegisterExtension static final ServerExtension SERVER = ServerExtension.withDefaults();

  private final ApiClient client = SERVER.client();

  /** Registers a user and logs them in; the login's data. */
  private JsonNode signedIn(String prefix) {
    String name = SERVER.uniqueName(prefix);
    SERVER.registerUser(name);
    ApiClient.Response login =
        client.post(
            "/api/v1/auth/login",
            null,
            ApiClient.json(Map.of("email", name + "@example.com", "password", "password-" + name)));
    assertThat(login.status()).isEqualTo(200);
    return login.data();
  }

  private ApiClient.Response refresh(String refreshToken) {
    return client.post(
        "/api/v1/auth/refresh", null, ApiClient.json(Map.of("refreshToken", refreshToken)));
  }

  private ApiClient.Response me(String token) {
    return client.get("/api/v1/users/me", token);
  }

  @Test
  void login_answersAnAccessTokenAndARefreshToken() {
    JsonNode session = signedIn("ann");

    assertThat(session.get("token").asText()).isNotBlank();
    assertThat(session.get("refreshToken").asText()).matches("[A-Za-z0-9_-]{43}");
    assertThat(session.get("role").asText()).isEqualTo("user");
    assertThat(me(session.get("token").asText()).status()).isEqualTo(200);
  }

  @Test
  void register_startsASession_too() {
    String name = SERVER.uniqueName("reg");
    ApiClient.Response registered =
        client.post(
            "/api/v1/auth/register",
            null,
            ApiClient.json(
                Map.of(
                    "username", name,
                    "email", name + "@example.com",
                    "password", "password-" + name)));

    assertThat(registered.status()).isEqualTo(201);
    ApiClient.Response renewed = refresh(registered.data().get("refreshToken").asText());
    assertThat(renewed.status()).isEqualTo(200);
  }

  @Test
  void refresh_rotates_theNewTokensWork_andTheOldRefreshTokenDoesNot() {
    JsonNode session = signedIn("bob");
    String first = session.get("refreshToken").asText();

    ApiClient.Response renewed = refresh(first);

    assertThat(renewed.status()).isEqualTo(200);
    String second = renewed.data().get("refreshToken").asText();
    assertThat(second).isNotEqualTo(first);
    assertThat(renewed.data().get("user").get("email").asText()).startsWith("bob");
    assertThat(me(renewed.data().get("token").asText()).status()).isEqualTo(200);
    assertThat(refresh(second).status()).isEqualTo(200);
  }

  @Test
  void reusingARotatedRefreshToken_endsTheWholeSession() {
    JsonNode session = signedIn("eve");
    String stolen = session.get("refreshToken").asText();
    String current = refresh(stolen).data().get("refreshToken").asText();

    ApiClient.Response reuse = refresh(stolen);

    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.json().get("success").asBoolean()).isFalse();
    assertThat(reuse.json().get("message").asText()).contains("already used");
    // The legitimate holder's current token went with the family.
    assertThat(refresh(current).status()).isEqualTo(401);
  }

  @Test
  void refresh_refusesUnknownTokens_andBadBodies() {
    assertThat(refresh("not-a-token").status()).isEqualTo(401);
    ApiClient.Response empty = client.post("/api/v1/auth/refresh", null, "{}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("refreshToken");
    ApiClient.Response extra =
        client.post(
            "/api/v1/auth/refresh", null, ApiClient.json(Map.of("refreshToken", "x", "more", 1)));
    assertThat(extra.status()).isEqualTo(400);
  }

  @Test
  void logout_endsTheAccessToken_andTheSession() {
    JsonNode session = signedIn("dan");
    String token = session.get("token").asText();
    String refreshToken = session.get("refreshToken").asText();

    ApiClient.Response logout =
        client.post(
            "/api/v1/auth/logout", token, ApiClient.json(Map.of("refreshToken", refreshToken)));

    assertThat(logout.status()).isEqualTo(200);
    ApiClient.Response after = me(token);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.json().get("message").asText()).contains("revoked");
    assertThat(refresh(refreshToken).status()).isEqualTo(401);
  }

  @Test
  void logout_withoutABody_endsTheAccessTokenOnly() {
    JsonNode session = signedIn("fay");
    String token = session.get("token").asText();

    ApiClient.Response logout = client.post("/api/v1/auth/logout", token, null);

    assertThat(logout.status()).isEqualTo(200);
    assertThat(me(token).status()).isEqualTo(401);
    assertThat(refresh(session.get("refreshToken").asText()).status()).isEqualTo(200);
  }

  @Test
  void logout_leavesSomeoneElsesSessionAlone() {
    JsonNode gil = signedIn("gil");
    JsonNode hal = signedIn("hal");

    ApiClient.Response logout =
        client.post(
            "/api/v1/auth/logout",
            gil.get("token").asText(),
            ApiClient.json(Map.of("refreshToken", hal.get("refreshToken").asText())));

    assertThat(logout.status()).isEqualTo(200);
    assertThat(refresh(hal.get("refreshToken").asText()).status()).isEqualTo(200);
  }

  @Test
  void logout_needsAValidBearerToken() {
    assertThat(client.post("/api/v1/auth/logout", null, null).status()).isEqualTo(401);
    assertThat(client.post("/api/v1/auth/logout", "forged", null).status()).isEqualTo(401);
  }

  @Test
  void deactivatingAnAccount_endsItsSessions() {
    JsonNode ivy = signedIn("ivy");
    String id = ivy.get("user").get("id").asText();

    ApiClient.Response deactivated =
        client.patch("/api/v1/users/" + id, SERVER.adminToken(), "{\"active\":false}");

    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(refresh(ivy.get("refreshToken").asText()).status()).isEqualTo(401);
  }
}
