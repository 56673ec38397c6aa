package dev.custos.server.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem-details body. {@code errors} lists invalid fields; {@code incident} is the id
 * under which an unexpected failure was logged, so that an administrator can find it.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "incident"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** The problem type URI: a stable, documented identifier for each kind of problem. */
  static String typeOf(String code) {
    return "https://custos.dev/problems/" + code;
  }
}
