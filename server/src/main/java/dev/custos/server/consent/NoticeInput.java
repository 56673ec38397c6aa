package dev.custos.server.consent;

/**
 * The notice a person was shown: its id and version, and either the SHA-256 of its text ({@code
 * sha256}, 64 lower-case hex digits of the NFC-normalised UTF-8 text) or the text itself, which the
 * server hashes and does not keep.
 */
public record NoticeInput(String id, String version, String sha256, String text) {}
