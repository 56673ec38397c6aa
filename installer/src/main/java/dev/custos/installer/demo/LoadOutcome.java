package dev.custos.installer.demo;

/** What {@link DemoLoader#load} did. */
public sealed interface LoadOutcome {

  /**
   * The server already held accounts, so nothing was sent.
   *
   * @param accounts how many accounts the server holds
   */
  record AlreadyLoaded(long accounts) implements LoadOutcome {}

  /**
   * The demo data was sent.
   *
   * @param accountsCreated accounts the server created
   * @param accountsExisting accounts the server already had (same external id)
   * @param accepted responses stored
   * @param duplicates responses the server already had
   * @param rejected responses that failed validation
   */
  record Loaded(
      int accountsCreated, int accountsExisting, int accepted, int duplicates, int rejected)
      implements LoadOutcome {}
}
