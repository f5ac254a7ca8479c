package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /api-docs}: the hand-kept OpenAPI document (YAML as written, JSON converted once at
 * start-up) and Swagger UI, whose files come from the {@code org.webjars:swagger-ui} jar on the
 * classpath, so the page works with no network.
 */
final class ApiDocs {
  /** Every path this class serves starts with this. */
  static final String PREFIX = "/api-docs";

  /** The document, as a classpath resource; also read by the tests. */
  static final String DOCUMENT = "openapi/openapi.yaml";

  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final String JS = "text/javascript; charset=utf-8";

  /** The webjar's files the page uses, with their types; nothing else of the jar is served. */
  private static final Map<String, String> UI_FILES =
      Map.of(
          "swagger-ui.css", "text/css; charset=utf-8",
          "swagger-ui-bundle.js", JS,
          "favicon-16x16.png", "image/png",
          "favicon-32x32.png", "image/png");

  private final byte[] yaml;
  private final byte[] json;
  private final byte[] page;
  private final byte[] init;
  private final String uiDirectory;

  private ApiDocs(byte[] yaml, byte[] json, byte[] page, byte[] init, String uiDirectory) {
    this.yaml = yaml;
    this.json = json;
    this.page = page;
    this.init = init;
    this.uiDirectory = uiDirectory;
  }

  /**
   * Reads the document and finds Swagger UI.
   *
   * @throws IllegalStateException when either is missing from the classpath (a packaging bug)
   */
  static ApiDocs load(ObjectMapper json) {
    byte[] yaml = resource(DOCUMENT);
    byte[] converted;
    try {
      JsonNode document = new YAMLMapper().readTree(yaml);
      converted = json.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DOCUMENT, e);
    }
    Properties webjar = new Properties();
    try {
      webjar.load(new java.io.ByteArrayInputStream(resource(WEBJAR_POM)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + WEBJAR_POM, e);
    }
    String version = webjar.getProperty("version");
    if (version == null) {
      throw new IllegalStateException(WEBJAR_POM + " names no version");
    }
    return new ApiDocs(
        yaml,
        converted,
        resource("api-docs/index.html"),
        resource("api-docs/swagger-init.js"),
        WEBJAR + version + "/");
  }

  void register(JavalinConfig config) {
    config.routes.get(PREFIX, ctx -> send(ctx, "text/html; charset=utf-8", page));
    config.routes.get(PREFIX + "/swagger-init.js", ctx -> send(ctx, JS, init));
    config.routes.get(PREFIX + "/openapi.json", ctx -> send(ctx, "application/json", json));
    config.routes.get(
        PREFIX + "/openapi.yaml", ctx -> send(ctx, "application/yaml; charset=utf-8", yaml));
    config.routes.get(PREFIX + "/ui/{file}", this::uiFile);
  }

  private void uiFile(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    String type = UI_FILES.get(file);
    if (type == null) {
      throw new NotFoundResponse();
    }
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(uiDirectory + file)) {
      if (in == null) {
        throw new NotFoundResponse();
      }
      send(ctx, type, in.readAllBytes());
    }
  }

  private static void send(Context ctx, String contentType, byte[] body) {
    ctx.header("Cache-Control", "no-cache").contentType(contentType).result(body);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
