package dev.custos.server.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the invalid fields of one request or one item of a bulk request, with messages in the
 * caller's language. The offending values are never repeated back.
 */
public final class Violations {

  private final Locale locale;
  private final List<FieldError> errors = new ArrayList<>();

  public Violations(Locale locale) {
    this.locale = locale;
  }

  /** Adds an error; {@code key} names a text in the message bundle under {@code field.}. */
  public Violations add(String field, String key, Object... args) {
    errors.add(new FieldError(field, Messages.text(locale, "field." + key, args)));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> list() {
    return List.copyOf(errors);
  }

  /** Throws a 400 problem listing every collected error, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }
}
