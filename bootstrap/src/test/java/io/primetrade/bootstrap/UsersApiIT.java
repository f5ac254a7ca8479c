package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.bootstrap.ApiClient.Response;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsersApiIT {
  @RegisterExtension static final ServerExtension SERVER = ServerExtension.withDefaults();

  private final ApiClient api = SERVER.client();
  private final String admin = SERVER.adminToken();

  private Response patch(String path, String token, String json) {
    HttpRequest request =
        ApiClient.authorized(api.request(path), token)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
            .build();
    return api.send(request);
  }

  private static String idOf(String token) {
    return JWT.decode(token).getClaim("id").asString();
  }

  private Response login(String name) {
    return api.post(
        "/api/v1/auth/login",
        null,
        ApiClient.json(Map.of("email", name + "@example.com", "password", "password-" + name)));
  }

  @Test
  void me_returnsTheCallersOwnAccount() {
    String name = SERVER.uniqueName("self");
    String token = SERVER.registerUser(name);

    Response response = api.get("/api/v1/users/me", token);

    assertThat(response.status()).isEqualTo(200);
    JsonNode me = response.data();
    assertThat(me.get("username").asText()).isEqualTo(name);
    assertThat(me.get("role").asText()).isEqualTo("user");
    assertThat(me.get("active").asBoolean()).isTrue();
    assertThat(me.get("createdAt").asText()).endsWith("Z");
    assertThat(response.text()).doesNotContain("password");
  }

  @Test
  void list_isForAdmins_withPagingAndFilters() {
    String user = SERVER.registerUser(SERVER.uniqueName("lister"));

    Response forbidden = api.get("/api/v1/users", user);
    Response admins = api.get("/api/v1/users?role=admin&limit=100", admin);
    Response page = api.get("/api/v1/users?limit=1", admin);
    Response malformed = api.get("/api/v1/users?active=maybe", admin);

    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(admins.status()).isEqualTo(200);
    assertThat(admins.data().findValuesAsText("email")).contains(ServerExtension.ADMIN_EMAIL);
    assertThat(admins.data().findValuesAsText("role")).containsOnly("admin");
    assertThat(page.data()).hasSize(1);
    assertThat(page.json().get("meta").get("total").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("active");
  }

  @Test
  void get_letsAdminsReadAnyone_andUsersOnlyThemselves() {
    String ann = SERVER.registerUser(SERVER.uniqueName("ann"));
    String bob = SERVER.registerUser(SERVER.uniqueName("bob"));
    String annPath = "/api/v1/users/" + idOf(ann);

    assertThat(api.get(annPath, admin).status()).isEqualTo(200);
    assertThat(api.get(annPath, ann).status()).isEqualTo(200);
    assertThat(api.get(annPath, bob).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/users/00000000-0000-4000-8000-000000000000", admin).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/users/not-an-id", admin).status()).isEqualTo(400);
  }

  @Test
  void patch_roleChange_takesEffectAtTheNextRequest() {
    String name = SERVER.uniqueName("promoted");
    String token = SERVER.registerUser(name);
    String path = "/api/v1/users/" + idOf(token);
    assertThat(api.post("/api/v1/tasks", token, "{\"title\":\"Not yet\"}").status()).isEqualTo(403);

    Response promoted = patch(path, admin, "{\"role\":\"admin\"}");

    assertThat(promoted.status()).isEqualTo(200);
    assertThat(promoted.data().get("role").asText()).isEqualTo("admin");
    assertThat(api.post("/api/v1/tasks", token, "{\"title\":\"Now allowed\"}").status())
        .isEqualTo(201);
  }

  @Test
  void patch_deactivation_blocksLoginAndExistingTokens_untilReactivated() {
    String name = SERVER.uniqueName("paused");
    String token = SERVER.registerUser(name);
    String path = "/api/v1/users/" + idOf(token);

    Response deactivated = patch(path, admin, "{\"active\":false}");

    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.data().get("active").asBoolean()).isFalse();
    assertThat(api.get("/api/v1/tasks", token).status()).isEqualTo(401);
    assertThat(login(name).status()).isEqualTo(401);

    assertThat(patch(path, admin, "{\"active\":true}").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/tasks", token).status()).isEqualTo(200);
    assertThat(login(name).status()).isEqualTo(200);
  }

  @Test
  void patch_refusesBadInput_andSelfLockout() {
    String token = SERVER.registerUser(SERVER.uniqueName("target"));
    String path = "/api/v1/users/" + idOf(token);
    String adminPath = "/api/v1/users/" + idOf(admin);

    assertThat(patch(path, admin, "{}").status()).isEqualTo(400);
    assertThat(patch(path, admin, "{\"role\":\"owner\"}").status()).isEqualTo(400);
    assertThat(patch(path, admin, "{\"active\":\"no\"}").status()).isEqualTo(400);
    assertThat(patch(path, admin, "{\"username\":\"renamed\"}").status()).isEqualTo(400);
    assertThat(patch(path, token, "{\"role\":\"admin\"}").status()).isEqualTo(403);
    assertThat(patch(adminPath, admin, "{\"role\":\"user\"}").status()).isEqualTo(403);
    assertThat(patch(adminPath, admin, "{\"active\":false}").status()).isEqualTo(403);
    assertThat(api.get("/api/v1/users/me", admin).data().get("role").asText()).isEqualTo("admin");
  }

  @Test
  void delete_removesTheAccount_butNotOneWithTasksNorOnesOwn() {
    String doomed = SERVER.registerUser(SERVER.uniqueName("doomed"));
    String path = "/api/v1/users/" + idOf(doomed);
    String creatorName = SERVER.uniqueName("creator");
    String creator = SERVER.registerUser(creatorName);
    patch("/api/v1/users/" + idOf(creator), admin, "{\"role\":\"admin\"}");
    api.post("/api/v1/tasks", creator, "{\"title\":\"Keeps its creator\"}");

    assertThat(api.delete(path, doomed).status()).isEqualTo(403);
    Response deleted = api.delete(path, admin);
    Response withTasks = api.delete("/api/v1/users/" + idOf(creator), admin);
    Response self = api.delete("/api/v1/users/" + idOf(admin), admin);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data().get("message").asText()).isEqualTo("User deleted");
    assertThat(api.get(path, admin).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/tasks", doomed).status()).isEqualTo(401);
    assertThat(withTasks.status()).isEqualTo(409);
    assertThat(withTasks.json().get("message").asText()).contains("deactivate");
    assertThat(self.status()).isEqualTo(403);
  }
}
