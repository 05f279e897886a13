// Starts Swagger UI on /docs against the gateway's own OpenAPI document.
/* global SwaggerUIBundle, SwaggerUIStandalonePreset */
globalThis.addEventListener("DOMContentLoaded", function () {
  globalThis.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
  });
});
