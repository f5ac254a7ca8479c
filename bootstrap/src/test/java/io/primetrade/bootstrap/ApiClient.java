package io.primetrade.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Talks to a running server over a real socket, as any client would. */
final class ApiClient {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  ApiClient(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  /** A response with its body read as JSON. */
  record Response(int status, Map<String, java.util.List<String>> headers, String text) {
    JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text, e);
      }
    }

    JsonNode data() {
      return json().get("data");
    }

    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends without waiting, for requests that must be in flight together. */
  CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  Response get(String path, String token) {
    return send(authorized(request(path), token).GET().build());
  }

  Response post(String path, String token, String json) {
    return send(withJson(authorized(request(path), token), json).POST(body(json)).build());
  }

  Response patch(String path, String token, String json) {
    return send(
        withJson(authorized(request(path), token), json).method("PATCH", body(json)).build());
  }

  Response put(String path, String token, String json) {
    return send(withJson(authorized(request(path), token), json).PUT(body(json)).build());
  }

  Response delete(String path, String token) {
    return send(authorized(request(path), token).DELETE().build());
  }

  /** Logs in and returns the session's data ({@code token}, {@code refreshToken}, ...). */
  JsonNode session(String email, String password) {
    Response response =
        post("/api/v1/auth/login", null, json(Map.of("email", email, "password", password)));
    if (response.status() != 200) {
      throw new AssertionError("login failed: " + response.status() + " " + response.text());
    }
    return response.data();
  }

  /** Logs in and returns the access token. */
  String login(String email, String password) {
    return session(email, password).get("token").asText();
  }

  static HttpRequest.Builder authorized(HttpRequest.Builder builder, String token) {
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private static HttpRequest.Builder withJson(HttpRequest.Builder builder, String json) {
    return json == null ? builder : builder.header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return json == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json);
  }

  /** Writes a value as JSON, for request bodies built from maps. */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
