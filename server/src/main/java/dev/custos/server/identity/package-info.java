/**
 * Who is calling and what they may do. Roles, the caller's account scope, and the standalone
 * identity mode: local users with Argon2id password hashes and short-lived signed JWTs carrying the
 * same claims an external OIDC provider (Keycloak) issues, so there is one validation path.
 */
package dev.custos.server.identity;
