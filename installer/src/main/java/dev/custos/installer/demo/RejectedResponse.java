package dev.custos.installer.demo;

/**
 * A response the server refused, and the first reason it gave.
 *
 * @param externalId the response's external id
 * @param field the JSON field at fault
 * @param message what is wrong with it
 */
public record RejectedResponse(String externalId, String field, String message) {}
