// Starts Swagger UI on /api-docs. An external file: the Content-Security-Policy allows no inline
// script. BaseLayout, without the standalone top bar: that bar's logo is an SVG with an inline
// <style>, which the policy's style-src 'self' refuses, and its "Explore" box is of no use here.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api-docs/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    // Offline: never send the document to validator.swagger.io.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "BaseLayout",
  });
});
