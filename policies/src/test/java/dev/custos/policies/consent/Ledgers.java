package dev.custos.policies.consent;

import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Builds consent events for tests: one notice, one collector, ids derived from the sequence. */
final class Ledgers {

  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  static final Notice NOTICE = Notice.of("survey-consent", "3", "我们会使用您的反馈改进服务。");

  private Ledgers() {}

  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  static UUID id(long sequence) {
    return new UUID(0x5eed, sequence);
  }

  static ConsentContext context(SubjectId subject, String purpose) {
    return new ConsentContext(
        subject,
        PurposeId.of(purpose),
        LawfulBasis.CONSENT,
        NOTICE,
        Locale.forLanguageTag("zh-CN"),
        CollectionMethod.WEB_FORM,
        "wechat",
        "connector-survey",
        "CN");
  }

  static ConsentEvent.Given given(
      long sequence, long seconds, SubjectId subject, String purpose, ConsentForm form) {
    return new ConsentEvent.Given(
        id(sequence), sequence, at(seconds), context(subject, purpose), form, Optional.empty());
  }

  static ConsentEvent.Given givenUntil(
      long sequence, long seconds, SubjectId subject, String purpose, long expirySeconds) {
    return new ConsentEvent.Given(
        id(sequence),
        sequence,
        at(seconds),
        context(subject, purpose),
        ConsentForm.SEPARATE,
        Optional.of(at(expirySeconds)));
  }

  static ConsentEvent.Withdrawn withdrawn(
      long sequence, long seconds, SubjectId subject, String purpose) {
    return new ConsentEvent.Withdrawn(
        id(sequence), sequence, at(seconds), context(subject, purpose));
  }

  static ConsentEvent.Refused refused(
      long sequence, long seconds, SubjectId subject, String purpose) {
    return new ConsentEvent.Refused(id(sequence), sequence, at(seconds), context(subject, purpose));
  }

  static ConsentEvent.Expired expired(
      long sequence, long seconds, SubjectId subject, String purpose) {
    return new ConsentEvent.Expired(id(sequence), sequence, at(seconds), context(subject, purpose));
  }
}
