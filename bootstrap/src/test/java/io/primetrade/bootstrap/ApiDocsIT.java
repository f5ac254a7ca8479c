package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.primetrade.bootstrap.ApiClient.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api-docs}: Swagger UI and the document, served by the server itself (no CDN). */
class ApiDocsIT {
  @RegisterExtension static final ServerExtension SERVER = ServerExtension.withDefaults();

  private final ApiClient api = SERVER.client();

  private Response get(String path, String contentType) {
    Response response = api.get(path, null);
    assertThat(response.status()).as(path).isEqualTo(200);
    assertThat(response.header("Content-Type"))
        .as(path)
        .hasValueSatisfying(type -> assertThat(type.replace(" ", "")).startsWith(contentType));
    // The API's security headers, unchanged: the page needs no inline script or style.
    assertThat(response.header("Content-Security-Policy"))
        .as(path)
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'")
                    .contains("style-src 'self';")
                    .doesNotContain("unsafe"));
    assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.header("X-Frame-Options")).contains("DENY");
    assertThat(response.header("X-Request-ID")).isPresent();
    return response;
  }

  @Test
  void page_loadsSwaggerUiFromThisServer_withAnExternalInitScript() {
    String html = get("/api-docs", "text/html;charset=utf-8").text();

    assertThat(html)
        .contains("<meta charset=\"utf-8\">")
        .contains("<script src=\"/api-docs/ui/swagger-ui-bundle.js\"")
        .contains("<script src=\"/api-docs/swagger-init.js\"")
        .contains("href=\"/api-docs/ui/swagger-ui.css\"")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|<style|style=");
  }

  @Test
  void initScript_pointsAtTheJsonDocument_withoutTheOnlineValidator() {
    String js = get("/api-docs/swagger-init.js", "text/javascript;charset=utf-8").text();

    assertThat(js)
        .contains("SwaggerUIBundle(")
        .contains("url: \"/api-docs/openapi.json\"")
        .contains("validatorUrl: null");
  }

  @Test
  void swaggerUiFiles_comeFromTheWebjar() {
    assertThat(get("/api-docs/ui/swagger-ui-bundle.js", "text/javascript;charset=utf-8").text())
        .contains("SwaggerUIBundle")
        .hasSizeGreaterThan(100_000);
    assertThat(get("/api-docs/ui/swagger-ui.css", "text/css;charset=utf-8").text())
        .contains(".swagger-ui");
    get("/api-docs/ui/favicon-32x32.png", "image/png");
  }

  @Test
  void onlyTheFilesThePageUses_areServed() {
    assertThat(api.get("/api-docs/ui/index.html", null).status()).isEqualTo(404);
    assertThat(api.get("/api-docs/ui/swagger-initializer.js", null).status()).isEqualTo(404);
    assertThat(api.get("/api-docs/ui/..%2F..%2Fopenapi%2Fopenapi.yaml", null).status())
        .isEqualTo(404);
  }

  @Test
  void document_isServedAsJsonAndYaml_withTheSameContent() throws IOException {
    JsonNode json = get("/api-docs/openapi.json", "application/json").json();
    String yaml = get("/api-docs/openapi.yaml", "application/yaml").text();

    assertThat(json.get("openapi").asText()).startsWith("3.0");
    assertThat(json.at("/components/securitySchemes/bearerAuth/bearerFormat").asText())
        .isEqualTo("JWT");
    assertThat(new YAMLMapper().readTree(yaml)).isEqualTo(json);
  }
}
