package dev.custos.connectors.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Customer events as a CRM publishes them: JSON objects, English and Chinese names mixed. */
public final class CustomerEvents {

  private static final String[] NAMES = {
    "Alice Smith", "张伟", "Bob O'Brien", "王芳", "Chloé Dubois", "李娜 (Lina)", "欧阳 明"
  };

  private CustomerEvents() {}

  public static String name(int i) {
    return NAMES[i % NAMES.length] + " " + i;
  }

  /** Event {@code i}: id {@code c<i>}, its name and e-mail, version 1. */
  public static String json(int i) {
    return """
        {"id": "c%d", "updated_at": "2026-03-01T10:00:00Z", "name": "%s",
         "contact": {"email": "customer%d@example.com"}, "comment": "订单很快 fast delivery"}
        """
        .formatted(i, name(i), i);
  }

  /** Events {@code from} (inclusive) to {@code to} (exclusive), by id. */
  public static Map<String, String> range(int from, int to) {
    Map<String, String> events = new LinkedHashMap<>();
    for (int i = from; i < to; i++) {
      events.put("c" + i, json(i));
    }
    return events;
  }

  /** The mapping section of a connector reading these events. */
  public static final String MAPPING =
      """
      mapping:
        sourceKey: id
        sourceVersion: updated_at
        fields:
          name: {column: name, class: identifier, required: true, maxLength: 100}
          email: {column: contact.email, class: contact, index: email}
      """;
}
