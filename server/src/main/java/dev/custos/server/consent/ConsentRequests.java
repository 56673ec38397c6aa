package dev.custos.server.consent;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.consent.NoticeHash;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns API inputs into commands, collecting every invalid field before failing, and names subjects
 * found by identifier through the blind index. Messages never repeat the values sent.
 */
final class ConsentRequests {

  private static final int MAX_TOKEN = 128;

  private final Violations violations;
  private final Consents consents;

  ConsentRequests(Violations violations, Consents consents) {
    this.violations = violations;
    this.consents = consents;
  }

  ConsentCommand consent(ConsentInput in) {
    requireBody(in);
    Subject subject = subject(in.subjectId(), in.identifier());
    PurposeId purpose = purpose(in.purpose());
    Boolean given = null;
    if (in.decision() == null) {
      violations.add("decision", "required");
    } else if (in.decision().equals("given") || in.decision().equals("refused")) {
      given = in.decision().equals("given");
    } else {
      violations.add("decision", "one-of", "given, refused");
    }
    Notice notice = notice(in.notice());
    Locale language = language("language", in.language(), true);
    CollectionMethod method = method(in.method());
    String channel = token("channel", in.channel(), true);
    String jurisdiction = token("jurisdiction", in.jurisdiction(), true);
    ConsentForm form = ConsentForm.BUNDLED;
    if (in.form() != null) {
      form =
          Arrays.stream(ConsentForm.values())
              .filter(f -> f.id().equals(in.form()))
              .findFirst()
              .orElse(null);
      if (form == null) {
        violations.add("form", "one-of", "bundled, separate");
      }
    }
    Optional<Instant> at = instant("at", in.at());
    Optional<Instant> expiresAt = instant("expiresAt", in.expiresAt());
    if (expiresAt.isPresent()
        && violations.isEmpty()
        && !expiresAt.get().isAfter(at.orElse(Instant.now()))) {
      violations.add("expiresAt", "expiry-order");
    }
    violations.throwIfAny();
    return new ConsentCommand(
        subject.resolve(consents),
        purpose,
        given,
        notice,
        language,
        method,
        channel,
        jurisdiction,
        form,
        expiresAt,
        at);
  }

  WithdrawalCommand withdrawal(WithdrawalInput in) {
    requireBody(in);
    Subject subject = subject(in.subjectId(), in.identifier());
    PurposeId purpose = purpose(in.purpose());
    CollectionMethod method = method(in.method());
    String channel = token("channel", in.channel(), true);
    Locale language = language("language", in.language(), false);
    Optional<Instant> at = instant("at", in.at());
    violations.throwIfAny();
    return new WithdrawalCommand(
        subject.resolve(consents), purpose, method, channel, Optional.ofNullable(language), at);
  }

  /** The limit's subject, purpose (when {@code withPurpose}) and request reference. */
  Limit limit(LimitInput in, boolean withPurpose) {
    requireBody(in);
    SubjectId subject = subjectId(in.subjectId(), true);
    PurposeId purpose = withPurpose ? purpose(in.purpose()) : null;
    String requestRef = token("requestRef", in.requestRef(), true);
    violations.throwIfAny();
    return new Limit(subject, Optional.ofNullable(purpose), requestRef);
  }

  /** The kind and value of an identifier to look up. */
  IdentifierInput identifier(IdentifierInput in) {
    requireBody(in);
    identifierKind("kind", in);
    violations.throwIfAny();
    return in;
  }

  static Optional<IndexKind> kindOf(String id) {
    return Arrays.stream(IndexKind.values()).filter(k -> k.id().equals(id)).findFirst();
  }

  record Limit(SubjectId subject, Optional<PurposeId> purpose, String requestRef) {}

  /** A subject named by id, or by identifier to be looked up once the input is valid. */
  private record Subject(SubjectId id, IdentifierInput identifier) {
    SubjectId resolve(Consents consents) {
      if (id != null) {
        return id;
      }
      IndexKind kind = kindOf(identifier.kind()).orElseThrow();
      return consents
          .findSubject(kind, identifier.value())
          .orElseThrow(() -> ProblemException.notFound("consent-subject-not-found"));
    }
  }

  private Subject subject(String subjectId, IdentifierInput identifier) {
    if ((subjectId == null) == (identifier == null)) {
      violations.add("subjectId", "one-identifier");
      return new Subject(null, null);
    }
    if (subjectId != null) {
      return new Subject(subjectId(subjectId, true), null);
    }
    identifierKind("identifier.kind", identifier);
    return new Subject(null, identifier);
  }

  private void identifierKind(String field, IdentifierInput identifier) {
    if (identifier.kind() == null) {
      violations.add(field, "required");
    } else if (kindOf(identifier.kind()).isEmpty()) {
      violations.add(
          field,
          "one-of",
          Arrays.stream(IndexKind.values()).map(IndexKind::id).collect(Collectors.joining(", ")));
    }
    String valueField = field.replace("kind", "value");
    if (identifier.value() == null || identifier.value().isBlank()) {
      violations.add(valueField, "required");
    } else if (identifier.value().length() > 320) {
      violations.add(valueField, "too-long", 320);
    }
  }

  private SubjectId subjectId(String value, boolean required) {
    if (value == null) {
      if (required) {
        violations.add("subjectId", "required");
      }
      return null;
    }
    try {
      return new SubjectId(value);
    } catch (IllegalArgumentException e) {
      violations.add("subjectId", "subject-id");
      return null;
    }
  }

  private PurposeId purpose(String value) {
    if (value == null) {
      violations.add("purpose", "required");
      return null;
    }
    if (!PurposeId.isValid(value)) {
      violations.add("purpose", "purpose");
      return null;
    }
    return PurposeId.of(value);
  }

  private Notice notice(NoticeInput in) {
    if (in == null) {
      violations.add("notice", "required");
      return null;
    }
    String id = token("notice.id", in.id(), true);
    String version = token("notice.version", in.version(), true);
    NoticeHash hash = null;
    if (in.sha256() == null && in.text() == null) {
      violations.add("notice.sha256", "required");
    } else if (in.sha256() != null) {
      try {
        hash = new NoticeHash(in.sha256());
      } catch (IllegalArgumentException e) {
        violations.add("notice.sha256", "notice-hash");
      }
      if (hash != null && in.text() != null && !hash.matches(in.text())) {
        violations.add("notice.sha256", "notice-hash");
      }
    } else {
      hash = NoticeHash.of(in.text());
    }
    return id == null || version == null || hash == null ? null : new Notice(id, version, hash);
  }

  private Locale language(String field, String value, boolean required) {
    if (value == null) {
      if (required) {
        violations.add(field, "required");
      }
      return null;
    }
    Locale locale = Locale.forLanguageTag(value);
    if (value.length() > 35 || locale.getLanguage().isEmpty()) {
      violations.add(field, "language");
      return null;
    }
    return locale;
  }

  private CollectionMethod method(String value) {
    if (value == null) {
      violations.add("method", "required");
      return null;
    }
    return CollectionMethod.fromId(value)
        .orElseGet(
            () -> {
              violations.add(
                  "method",
                  "one-of",
                  Arrays.stream(CollectionMethod.values())
                      .map(CollectionMethod::id)
                      .collect(Collectors.joining(", ")));
              return null;
            });
  }

  private String token(String field, String value, boolean required) {
    if (value == null) {
      if (required) {
        violations.add(field, "required");
      }
      return null;
    }
    if (value.isEmpty()
        || value.length() > MAX_TOKEN
        || value.chars().anyMatch(ConsentRequests::space)) {
      violations.add(field, "token");
      return null;
    }
    return value;
  }

  private static boolean space(int c) {
    return Character.isWhitespace(c) || Character.isISOControl(c);
  }

  private Optional<Instant> instant(String field, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(java.time.OffsetDateTime.parse(value).toInstant());
      } catch (DateTimeParseException again) {
        violations.add(field, "timestamp");
        return Optional.empty();
      }
    }
  }

  private static void requireBody(Object in) {
    if (in == null) {
      throw ProblemException.badRequest("unreadable-body");
    }
  }
}
