package dev.custos.installer.api;

/** What {@code POST /api/v1/accounts} did. */
public enum AccountCreation {
  /** The account is new (201). */
  CREATED,
  /** An account with the same external id was already there (409). */
  ALREADY_EXISTS
}
