package io.primetrade.adapters.http.javalin;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The task board at {@code /}: a page of plain ES modules and CSS over this API, served from the
 * classpath ({@code web/}), so it needs no build step, no CDN and no inline script or style (the
 * Content-Security-Policy allows neither). Only the files listed here are served.
 */
final class WebPage {
  /** Every route of the page: not part of the API, so not in the OpenAPI document. */
  static final List<String> PATHS = List.of("/", "/assets/{file}");

  private static final String DIRECTORY = "web/";
  private static final String JS = "text/javascript; charset=utf-8";

  /** The assets the page uses, with their types. */
  private static final Map<String, String> ASSETS =
      Map.of(
          "app.js", JS,
          "api.js", JS,
          "style.css", "text/css; charset=utf-8");

  private final byte[] page;
  private final Map<String, byte[]> assets;

  private WebPage(byte[] page, Map<String, byte[]> assets) {
    this.page = page;
    this.assets = assets;
  }

  /**
   * Reads the page and its assets.
   *
   * @throws IllegalStateException when one is missing from the classpath (a packaging bug)
   */
  static WebPage load() {
    Map<String, byte[]> assets = new HashMap<>();
    ASSETS.keySet().forEach(name -> assets.put(name, resource(DIRECTORY + "assets/" + name)));
    return new WebPage(resource(DIRECTORY + "index.html"), Map.copyOf(assets));
  }

  void register(JavalinConfig config) {
    config.routes.get(PATHS.get(0), ctx -> send(ctx, "text/html; charset=utf-8", page));
    config.routes.get(PATHS.get(1), this::asset);
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("file");
    byte[] body = assets.get(name);
    if (body == null) {
      throw new NotFoundResponse();
    }
    send(ctx, ASSETS.get(name), body);
  }

  private static void send(Context ctx, String contentType, byte[] body) {
    // Revalidated on every load, so that a new release's page never meets an old script.
    ctx.header("Cache-Control", "no-cache").contentType(contentType).result(body);
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebPage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
