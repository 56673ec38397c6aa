package dev.custos.policies.retention;

import dev.custos.policies.subject.SubjectId;
import java.util.Objects;

/** What a legal hold covers: all data of a person, a whole category, or a person's data in one. */
public sealed interface HoldScope {

  /** Whether a record of this category, and of this subject (null when it has none), is covered. */
  boolean covers(DataCategory category, SubjectId subject);

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
}
