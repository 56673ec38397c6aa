/**
 * A small client of the server's REST API ({@code /api/v1}) over {@link java.net.http.HttpClient}:
 * password login for a bearer token, and the few account and response calls the installer needs.
 * Payloads are records serialised with Jackson; server errors (RFC 9457 problem details) become
 * {@link dev.custos.installer.api.ApiException}s whose message a person can act on.
 */
package dev.custos.installer.api;
