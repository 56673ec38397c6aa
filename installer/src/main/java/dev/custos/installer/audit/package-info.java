/**
 * {@code custos audit verify} without a running server: reads the sealed audit trail from the
 * installation's database over JDBC and the public key from its data directory, and walks the chain
 * with the same rules as the server ({@code dev.custos.policies.audit}).
 */
package dev.custos.installer.audit;
