/**
 * Tests of the shipped Keycloak realm ({@code src/dist/keycloak/custos-realm.json}) against a real
 * Keycloak server: the tokens it issues carry what Custos reads ({@code upn}, {@code groups},
 * {@code accounts}, audience {@code custos-api}), and its clients allow only the flows they are
 * meant for. {@link dev.custos.installer.keycloak.KeycloakServer} runs one server for the whole
 * test run.
 */
package dev.custos.installer.keycloak;
