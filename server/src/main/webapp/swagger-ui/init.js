// Swagger UI over the server's own OpenAPI document. Tokens are kept in memory only.
window.ui = SwaggerUIBundle({
  url: "/openapi",
  dom_id: "#swagger-ui",
  deepLinking: true,
  persistAuthorization: false,
});
