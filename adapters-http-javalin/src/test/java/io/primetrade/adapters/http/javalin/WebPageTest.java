package io.primetrade.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The task board's files over a real socket: what the strict Content-Security-Policy needs (no
 * inline script or style, nothing from elsewhere) and that every file the page asks for is served.
 * The page at work in a browser is bootstrap's {@code WebPageIT}.
 */
class WebPageTest {
  private static final Pattern PAGE_ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"");
  private static final Pattern MODULE_IMPORT =
      Pattern.compile("^import .* from \"\\./([^\"]+)\";$", Pattern.MULTILINE);

  private final HttpClient http = HttpClient.newHttpClient();
  private HttpApi api;

  @BeforeEach
  void start() {
    api =
        HttpApi.create(
                HttpApiFailureTest.failingCore(new IllegalStateException("no core needed")),
                HttpSettings.defaults())
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String type(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
  }

  @Test
  void page_hasNoInlineScriptOrStyle_andLoadsNothingFromElsewhere() throws Exception {
    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(type(page)).isEqualTo("text/html;charset=utf-8");
    assertThat(page.body())
        .contains("<meta charset=\"utf-8\">")
        .contains("<script type=\"module\" src=\"/assets/app.js\"></script>")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|<style|style=|\\son[a-z]+=");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'")
                    .contains("style-src 'self'")
                    .doesNotContain("unsafe"));
  }

  @Test
  void everyFileThePageUses_isServedWithItsType_andNothingElse() throws Exception {
    Set<String> used = new HashSet<>();
    Matcher fromPage = PAGE_ASSET.matcher(get("/").body());
    while (fromPage.find()) {
      used.add(fromPage.group(1));
    }
    Matcher imports = MODULE_IMPORT.matcher(get("/assets/app.js").body());
    while (imports.find()) {
      used.add("/assets/" + imports.group(1));
    }

    assertThat(used)
        .containsExactlyInAnyOrder("/assets/style.css", "/assets/app.js", "/assets/api.js");
    for (String path : used) {
      HttpResponse<String> asset = get(path);
      assertThat(asset.statusCode()).as(path).isEqualTo(200);
      assertThat(type(asset))
          .as(path)
          .isEqualTo(
              path.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8");
      assertThat(asset.body()).as(path).doesNotContain("http://").doesNotContain("https://");
      assertThat(asset.headers().firstValue("Cache-Control")).as(path).contains("no-cache");
    }
    assertThat(get("/assets/index.html").statusCode()).isEqualTo(404);
    assertThat(get("/assets/..%2Findex.html").statusCode()).isEqualTo(404);
    HttpResponse<String> missing = get("/assets/nope.js");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"success\":false");
  }

  @Test
  void upgradeInsecureRequests_isSentOverHttpsOnly() throws Exception {
    assertThat(get("/").headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).doesNotContain("upgrade-insecure-requests"));
    assertThat(
            get("/", "X-Forwarded-Proto", "https").headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).endsWith("; upgrade-insecure-requests"));
  }
}
