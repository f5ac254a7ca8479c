package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.bootstrap.ApiClient.Response;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TasksApiIT {
  @RegisterExtension static final ServerExtension SERVER = ServerExtension.withDefaults();

  private final ApiClient api = SERVER.client();
  private final String admin = SERVER.adminToken();

  private static String path(JsonNode task) {
    return "/api/v1/tasks/" + task.get("id").asText();
  }

  private Response putWithIfMatch(String path, String token, String ifMatch, String json) {
    HttpRequest request =
        ApiClient.authorized(api.request(path), token)
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return api.send(request);
  }

  @Test
  void create_returns201WithTheTaskEtagAndLocation() {
    Response response =
        api.post(
            "/api/v1/tasks",
            admin,
            ApiClient.json(
                Map.of(
                    "title", "  Write the quarterly report  ",
                    "description", "Numbers for Q4",
                    "priority", "high",
                    "dueDate", "2026-12-01",
                    "assignedTo", "someone")));

    assertThat(response.status()).isEqualTo(201);
    JsonNode task = response.data();
    assertThat(task.get("title").asText()).isEqualTo("Write the quarterly report");
    assertThat(task.get("description").asText()).isEqualTo("Numbers for Q4");
    assertThat(task.get("status").asText()).isEqualTo("pending");
    assertThat(task.get("priority").asText()).isEqualTo("high");
    assertThat(task.get("dueDate").asText()).isEqualTo("2026-12-01T00:00:00.000Z");
    assertThat(task.get("assignedTo").asText()).isEqualTo("someone");
    assertThat(task.get("version").asLong()).isEqualTo(1);
    assertThat(task.get("createdAt").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    assertThat(task.get("updatedAt").asText()).isEqualTo(task.get("createdAt").asText());
    assertThat(response.header("ETag")).contains("\"1\"");
    assertThat(response.header("Location")).contains(path(task));
  }

  @Test
  void create_returns403ForUser_andStoresNothing() {
    String user = SERVER.registerUser(SERVER.uniqueName("creator"));
    String title = SERVER.uniqueName("Forbidden task ");

    Response response = api.post("/api/v1/tasks", user, ApiClient.json(Map.of("title", title)));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("message").asText()).isNotBlank();
    assertThat(api.get("/api/v1/tasks?limit=100", admin).text()).doesNotContain(title);
  }

  @Test
  void create_returns400PerField_forInvalidTask() {
    Response response =
        api.post(
            "/api/v1/tasks",
            admin,
            ApiClient.json(
                Map.of(
                    "title", "ab",
                    "status", "done",
                    "priority", "urgent",
                    "dueDate", "next tuesday",
                    "description", "d".repeat(2001))));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field"))
        .contains("status", "priority", "dueDate");
    Response tooShort = api.post("/api/v1/tasks", admin, ApiClient.json(Map.of("title", "ab")));
    assertThat(tooShort.json().get("errors").get(0).get("field").asText()).isEqualTo("title");
    Response missing = api.post("/api/v1/tasks", admin, ApiClient.json(Map.of("priority", "low")));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").get(0).get("message").asText())
        .isEqualTo("is required");
  }

  @Test
  void get_returnsTheTask_404WhenAbsent_400ForMalformedId() {
    JsonNode task = SERVER.createTask(Map.of("title", "Readable task"));
    String user = SERVER.registerUser(SERVER.uniqueName("reader"));

    Response found = api.get(path(task), user);
    Response absent = api.get("/api/v1/tasks/00000000-0000-4000-8000-000000000000", user);
    Response malformed = api.get("/api/v1/tasks/not-a-uuid", user);

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.data().get("title").asText()).isEqualTo("Readable task");
    assertThat(found.header("ETag")).contains("\"1\"");
    assertThat(absent.status()).isEqualTo(404);
    assertThat(absent.json().get("message").asText()).isEqualTo("Task not found");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("id");
  }

  @Test
  void list_pagesNewestFirst_withMeta() {
    String tag = SERVER.uniqueName("pager");
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      titles.add(
          SERVER
              .createTask(Map.of("title", tag + " " + i, "assignedTo", tag))
              .get("title")
              .asText());
    }

    Response page = api.get("/api/v1/tasks?assignedTo=" + tag + "&page=2&limit=2", admin);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.data().findValuesAsText("title")).containsExactly(titles.get(2), titles.get(1));
    JsonNode meta = page.json().get("meta");
    assertThat(meta.get("page").asInt()).isEqualTo(2);
    assertThat(meta.get("limit").asInt()).isEqualTo(2);
    assertThat(meta.get("total").asLong()).isEqualTo(5);
  }

  @Test
  void list_defaultsToPageOneOfTwenty() {
    Response response = api.get("/api/v1/tasks", admin);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("meta").get("page").asInt()).isEqualTo(1);
    assertThat(response.json().get("meta").get("limit").asInt()).isEqualTo(20);
  }

  @Test
  void list_filtersAndSorts() {
    String who = SERVER.uniqueName("sorter");
    SERVER.createTask(Map.of("title", "Low one", "priority", "low", "assignedTo", who));
    SERVER.createTask(
        Map.of(
            "title", "High one", "priority", "high", "status", "in-progress", "assignedTo", who));
    SERVER.createTask(Map.of("title", "Medium one", "priority", "medium", "assignedTo", who));

    Response byPriority = api.get("/api/v1/tasks?assignedTo=" + who + "&sort=-priority", admin);
    Response inProgress = api.get("/api/v1/tasks?assignedTo=" + who + "&status=in-progress", admin);
    Response byTitle = api.get("/api/v1/tasks?assignedTo=" + who + "&sort=title", admin);
    Response lowOnly = api.get("/api/v1/tasks?assignedTo=" + who + "&priority=low", admin);

    assertThat(byPriority.data().findValuesAsText("title"))
        .containsExactly("High one", "Medium one", "Low one");
    assertThat(inProgress.data().findValuesAsText("title")).containsExactly("High one");
    assertThat(byTitle.data().findValuesAsText("title"))
        .containsExactly("High one", "Low one", "Medium one");
    assertThat(lowOnly.data().findValuesAsText("title")).containsExactly("Low one");
  }

  @Test
  void list_returns400_forUnknownOrMalformedParameters() {
    Map<String, String> cases = new HashMap<>();
    cases.put("/api/v1/tasks?colour=red", "colour");
    cases.put("/api/v1/tasks?limit=101", "limit");
    cases.put("/api/v1/tasks?limit=0", "limit");
    cases.put("/api/v1/tasks?page=0", "page");
    cases.put("/api/v1/tasks?page=abc", "page");
    cases.put("/api/v1/tasks?status=done", "status");
    cases.put("/api/v1/tasks?priority=urgent", "priority");
    cases.put("/api/v1/tasks?sort=colour", "sort");
    cases.put("/api/v1/tasks?page=1&page=2", "page");

    cases.forEach(
        (query, field) -> {
          Response response = api.get(query, admin);
          assertThat(response.status()).as(query).isEqualTo(400);
          assertThat(response.json().get("errors").findValuesAsText("field"))
              .as(query)
              .contains(field);
        });
  }

  @Test
  void update_byAdmin_changesFieldsAndVersion_andNullClearsOptionalFields() {
    JsonNode task =
        SERVER.createTask(
            Map.of("title", "Original", "description", "old", "assignedTo", "someone"));
    Map<String, Object> change = new HashMap<>();
    change.put("title", "Renamed");
    change.put("priority", "low");
    change.put("assignedTo", null);
    change.put("description", null);

    Response response = api.put(path(task), admin, ApiClient.json(change));

    assertThat(response.status()).isEqualTo(200);
    JsonNode updated = response.data();
    assertThat(updated.get("title").asText()).isEqualTo("Renamed");
    assertThat(updated.get("priority").asText()).isEqualTo("low");
    assertThat(updated.get("assignedTo").isNull()).isTrue();
    assertThat(updated.get("description").isNull()).isTrue();
    assertThat(updated.get("version").asLong()).isEqualTo(2);
    assertThat(response.header("ETag")).contains("\"2\"");
    assertThat(api.get(path(task), admin).data().get("title").asText()).isEqualTo("Renamed");
  }

  @Test
  void update_byAssignee_movesStatus_butMayNotRetitle() {
    String name = SERVER.uniqueName("worker");
    String worker = SERVER.registerUser(name);
    JsonNode byName = SERVER.createTask(Map.of("title", "Name task", "assignedTo", name));
    JsonNode byEmail =
        SERVER.createTask(
            Map.of("title", "Email task", "assignedTo", name.toUpperCase() + "@EXAMPLE.COM"));

    Response moved = api.put(path(byName), worker, "{\"status\":\"in-progress\"}");
    Response movedByEmail = api.put(path(byEmail), worker, "{\"status\":\"completed\"}");
    Response retitled = api.put(path(byName), worker, "{\"title\":\"Mine now\"}");
    Response both =
        api.put(path(byName), worker, "{\"status\":\"completed\",\"priority\":\"high\"}");

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.data().get("status").asText()).isEqualTo("in-progress");
    assertThat(movedByEmail.status()).isEqualTo(200);
    assertThat(retitled.status()).isEqualTo(403);
    assertThat(both.status()).isEqualTo(403);
    JsonNode stored = api.get(path(byName), worker).data();
    assertThat(stored.get("title").asText()).isEqualTo("Name task");
    assertThat(stored.get("status").asText()).isEqualTo("in-progress");
  }

  @Test
  void update_byOtherUser_returns403() {
    String outsider = SERVER.registerUser(SERVER.uniqueName("outsider"));
    JsonNode task = SERVER.createTask(Map.of("title", "Someone else's", "assignedTo", "someone"));

    Response response = api.put(path(task), outsider, "{\"status\":\"completed\"}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(api.get(path(task), admin).data().get("status").asText()).isEqualTo("pending");
  }

  @Test
  void update_returns400_forEmptyBodyOrNullTitle() {
    JsonNode task = SERVER.createTask(Map.of("title", "Stable"));

    Response empty = api.put(path(task), admin, "{}");
    Response nullTitle = api.put(path(task), admin, "{\"title\":null}");

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("message").asText()).contains("at least one field");
    assertThat(nullTitle.status()).isEqualTo(400);
    assertThat(api.get(path(task), admin).data().get("version").asLong()).isEqualTo(1);
  }

  @Test
  void update_returns412ForStaleIfMatch_andSucceedsForCurrent() {
    JsonNode task = SERVER.createTask(Map.of("title", "Versioned"));
    api.put(path(task), admin, "{\"title\":\"Versioned twice\"}");

    Response stale = putWithIfMatch(path(task), admin, "\"1\"", "{\"title\":\"Lost update\"}");
    Response current = putWithIfMatch(path(task), admin, "\"2\"", "{\"title\":\"Safe update\"}");
    Response malformed = putWithIfMatch(path(task), admin, "yesterday", "{\"title\":\"Bad\"}");

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("ETag")).contains("\"2\"");
    assertThat(current.status()).isEqualTo(200);
    assertThat(current.data().get("title").asText()).isEqualTo("Safe update");
    assertThat(malformed.status()).isEqualTo(400);
  }

  @Test
  void update_returns404_forMissingTask() {
    Response response =
        api.put(
            "/api/v1/tasks/00000000-0000-4000-8000-000000000000", admin, "{\"title\":\"Gone\"}");

    assertThat(response.status()).isEqualTo(404);
  }

  @Test
  void delete_byAdmin_returnsMessage_thenTaskIsGone() {
    JsonNode task = SERVER.createTask(Map.of("title", "Doomed"));

    Response response = api.delete(path(task), admin);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.data().get("message").asText()).isEqualTo("Task deleted");
    assertThat(api.get(path(task), admin).status()).isEqualTo(404);
    assertThat(api.delete(path(task), admin).status()).isEqualTo(404);
  }

  @Test
  void delete_byUser_returns403_andKeepsTask() {
    String user = SERVER.registerUser(SERVER.uniqueName("deleter"));
    JsonNode task = SERVER.createTask(Map.of("title", "Protected"));

    assertThat(api.delete(path(task), user).status()).isEqualTo(403);
    assertThat(api.get(path(task), admin).status()).isEqualTo(200);
  }

  @Test
  void delete_returns412ForStaleIfMatch_andKeepsTask() {
    JsonNode task = SERVER.createTask(Map.of("title", "Guarded"));
    api.put(path(task), admin, "{\"title\":\"Guarded, edited\"}");
    HttpRequest request =
        ApiClient.authorized(api.request(path(task)), admin)
            .header("If-Match", "\"1\"")
            .DELETE()
            .build();

    assertThat(api.send(request).status()).isEqualTo(412);
    assertThat(api.get(path(task), admin).status()).isEqualTo(200);
  }
}
