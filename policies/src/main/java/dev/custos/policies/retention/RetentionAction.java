package dev.custos.policies.retention;

import java.util.List;
import java.util.Optional;

/**
 * What the retention sweep does to a record whose period has ended. A closed set: the sweep must
 * handle every action, and a new one is a decision for the whole product, not a configuration.
 */
public sealed interface RetentionAction {

  /** Removes the record. */
  Delete DELETE = new Delete();

  /**
   * Irreversibly removes the link to the person (subject id, contact details, identifying text) and
   * keeps the rest, for example a score's value for trend statistics.
   */
  Anonymise ANONYMISE = new Anonymise();

  /**
   * Destroys the person's data key, so that every encrypted copy of their data, backups included,
   * becomes unreadable at once.
   */
  CryptoShred CRYPTO_SHRED = new CryptoShred();

  /** Every action, in the order of their ids in messages and documentation. */
  List<RetentionAction> ALL = List.of(DELETE, ANONYMISE, CRYPTO_SHRED);

  /** The kebab-case id used in rule files. */
  String id();

  /** The action with this id, if there is one. */
  static Optional<RetentionAction> fromId(String id) {
    for (RetentionAction action : ALL) {
      if (action.id().equals(id)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  /** See {@link #DELETE}. */
  record Delete() implements RetentionAction {
    @Override
    public String id() {
      return "delete";
    }
  }

  /** See {@link #ANONYMISE}. */
  record Anonymise() implements RetentionAction {
    @Override
    public String id() {
      return "anonymise";
    }
  }

  /** See {@link #CRYPTO_SHRED}. */
  record CryptoShred() implements RetentionAction {
    @Override
    public String id() {
      return "crypto-shred";
    }
  }
}
