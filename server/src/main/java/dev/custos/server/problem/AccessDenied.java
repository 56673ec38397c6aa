package dev.custos.server.problem;

/**
 * A request to the API refused with 401 or 403 before it reached JAX-RS (for example an invalid
 * token), fired as a CDI event so that the audit trail records it without this package knowing the
 * audit trail.
 *
 * @param status 401 or 403
 * @param path the request path below the context root, without the query string
 */
public record AccessDenied(int status, String path) {}
