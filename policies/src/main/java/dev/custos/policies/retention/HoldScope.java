package dev.custos.policies.retention;

import dev.custos.policies.subject.SubjectId;
import java.util.Objects;

/**
 * What a legal hold covers: all data of a person, all data about one B2B account, a whole category,
 * or a person's data in one category.
 */
public sealed interface HoldScope {

  /** Whether a record of this category, and of this subject (null when it has none), is covered. */
  boolean covers(DataCategory category, SubjectId subject);

  /**
   * Whether a record of this category, subject and account (each null when the record has none) is
   * covered. Only an account scope looks at the account.
   */
  default boolean covers(DataCategory category, SubjectId subject, String account) {
    return covers(category, subject);
  }

  /** Every record of one data subject, whatever its category. */
  record OfSubject(SubjectId subject) implements HoldScope {
    public OfSubject {
      Objects.requireNonNull(subject, "subject");
    }

    @Override
    public boolean covers(DataCategory category, SubjectId recordSubject) {
      return subject.equals(recordSubject);
    }
  }

  /** Every record of one category, for example all tickets during a regulator's inquiry. */
  record OfCategory(DataCategory category) implements HoldScope {
    public OfCategory {
      Objects.requireNonNull(category, "category");
    }

    @Override
    public boolean covers(DataCategory recordCategory, SubjectId recordSubject) {
      return category == recordCategory;
    }
  }

  /** One subject's records of one category, for example a customer's tickets in a dispute. */
  record OfSubjectInCategory(SubjectId subject, DataCategory category) implements HoldScope {
    public OfSubjectInCategory {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(category, "category");
    }

    @Override
    public boolean covers(DataCategory recordCategory, SubjectId recordSubject) {
      return category == recordCategory && subject.equals(recordSubject);
    }
  }

  /**
   * Every record about one B2B account (its external id), for example during a dispute with the
   * client company. A record belongs to an account when it carries the account's external id.
   */
  record OfAccount(String account) implements HoldScope {
    public OfAccount {
      Objects.requireNonNull(account, "account");
      if (account.isBlank()) {
        throw new IllegalArgumentException("An account scope needs an account id");
      }
    }

    /** A record whose account is not known is not covered. */
    @Override
    public boolean covers(DataCategory recordCategory, SubjectId recordSubject) {
      return false;
    }

    @Override
    public boolean covers(
        DataCategory recordCategory, SubjectId recordSubject, String recordAccount) {
      return account.equals(recordAccount);
    }
  }
}
