package dev.custos.server.problem;

/** One invalid field of a request: its JSON path and what is wrong, without the value sent. */
public record FieldError(String field, String message) {}
